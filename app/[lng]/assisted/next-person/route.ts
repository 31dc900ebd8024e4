import type { NextRequest } from 'next/server'

import { forgetPerson } from '@/lib/assisted/forget'
import { isSameOrigin } from '@/lib/auth/request'
import { seeOther } from '@/lib/http/see-other'
import { languageOr } from '@/lib/i18n/settings'

// "Next person": one tap forgets everything about the person just screened. A plain form POST to this route
// (not a server action), so the browser loads a new document: nothing of the previous person stays in the
// client router's memory, and the pages Back would return to are fetched again (no-store) and find no answers.
export async function POST(req: NextRequest, ctx: RouteContext<'/[lng]/assisted/next-person'>) {
  if (!isSameOrigin(req.headers)) return new Response(null, { status: 403 })
  const { lng } = await ctx.params
  const language = languageOr(lng)
  return forgetPerson(seeOther(`/${language}/assisted?next=1`))
}
