import { NextResponse } from 'next/server'

import { quickExitUrl } from '@/lib/http/quick-exit'
import { answerCookies } from '@/lib/questionnaire/draft-store'

// Quick exit: forget the answers and leave for a neutral site. The header's button POSTs here (and, with
// JavaScript, replaces the page in the history); GET stays for old links. The answers cookies are deleted and
// the browser is asked to drop this site's cache, cookies and storage too.
function leave() {
  const res = NextResponse.redirect(quickExitUrl(), 303)
  for (const name of answerCookies) res.cookies.delete(name)
  res.headers.set('Clear-Site-Data', '"cache", "cookies", "storage"')
  res.headers.set('Cache-Control', 'no-store')
  return res
}

export const GET = leave
export const POST = leave
