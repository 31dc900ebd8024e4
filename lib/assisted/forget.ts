import 'server-only'

import type { NextResponse } from 'next/server'

import { answerCookies } from '@/lib/questionnaire/draft-store'

/**
 * What "Next person" and "Lock" send with their redirect: the answers cookies deleted, and the browser asked to
 * drop its copies of this site's pages, including its back/forward cache. Not "cookies" in Clear-Site-Data: the
 * device cookie stays unless the caller deletes it.
 */
export function forgetPerson(res: NextResponse): NextResponse {
  for (const name of answerCookies) res.cookies.delete(name)
  res.headers.set('Clear-Site-Data', '"cache"')
  res.headers.set('Cache-Control', 'no-store')
  return res
}
