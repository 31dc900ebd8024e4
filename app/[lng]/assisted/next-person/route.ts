import { NextResponse, type NextRequest } from 'next/server'
import { isLanguage } from '@/lib/i18n/settings'

// "Next person": one tap forgets everything about the person just screened. A plain form POST to this route
// (not a server action), so the browser loads a new document: nothing of the previous person stays in the
// client router's memory, and the pages Back would return to are fetched again (no-store) and find no answers.
export async function POST(req: NextRequest, ctx: RouteContext<'/[lng]/assisted/next-person'>) {
  const { lng } = await ctx.params
  const language = isLanguage(lng) ? lng : 'es'
  const res = NextResponse.redirect(new URL(`/${language}/assisted?next=1`, req.url), 303)
  res.cookies.delete('answers')
  res.cookies.delete('answers-flash')
  // The browser also drops what it cached of this site's earlier pages, including its back/forward cache;
  // not "cookies": the device cookie stays, so the volunteer does not type the code again.
  res.headers.set('Clear-Site-Data', '"cache"')
  res.headers.set('Cache-Control', 'no-store')
  return res
}
