import { NextResponse } from 'next/server'

/**
 * A 303 to a path of this site with a relative Location: the browser resolves it against the address it used,
 * so a tablet on another host name keeps its cookies and a proxy's internal host never reaches the page.
 */
export function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path } })
}
