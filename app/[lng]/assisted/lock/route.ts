import type { NextRequest } from 'next/server'

import { DEVICE_COOKIE } from '@/lib/assisted/device'
import { forgetPerson } from '@/lib/assisted/forget'
import { isSameOrigin } from '@/lib/auth/request'
import { seeOther } from '@/lib/http/see-other'
import { languageOr } from '@/lib/i18n/settings'

// "Lock this device": everything "Next person" forgets, and the device cookie too (the code must be typed again).
// A plain form POST for the same reason as next-person/route.ts.
export async function POST(req: NextRequest, ctx: RouteContext<'/[lng]/assisted/lock'>) {
  if (!isSameOrigin(req.headers)) return new Response(null, { status: 403 })
  const { lng } = await ctx.params
  const res = forgetPerson(seeOther(`/${languageOr(lng)}/assisted`))
  res.cookies.delete(DEVICE_COOKIE)
  return res
}
