import { NextResponse } from 'next/server'

import { answerCookies } from '@/lib/questionnaire/draft-store'

// Quick exit: forget the answers and leave for a neutral site. A plain link (works without JavaScript);
// the answers cookie is deleted and the browser is asked to drop this site's cache, cookies and storage too.
const NEUTRAL_URL = process.env.QUICK_EXIT_URL ?? 'https://www.google.com/'

export function GET() {
  const res = NextResponse.redirect(NEUTRAL_URL, 303)
  for (const name of answerCookies) res.cookies.delete(name)
  res.headers.set('Clear-Site-Data', '"cache", "cookies", "storage"')
  res.headers.set('Cache-Control', 'no-store')
  return res
}
