// Checks a request must pass before Next.js sees it, because Next answers them with a 500 otherwise: a path
// with a malformed %-escape, a method no route takes (TRACE included), a form post from another site, a
// server-action post whose fields are not the JSON React wrote. Pure: headers and text in, a verdict out.

/** Whether some segment of `pathname` is not valid percent-encoded UTF-8 (e.g. /es/r/%ff). */
export function hasMalformedEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

const read = ['GET', 'HEAD']
const api: [RegExp, string[]][] = [
  [/^\/api\/health\/?$/, [...read, 'OPTIONS']],
  [/^\/api\/v1\/(rules(\/[^/]+)?|openapi\.json)\/?$/, [...read, 'OPTIONS']],
  [/^\/api\/v1\/(eligibility|screenings)\/?$/, ['POST', 'OPTIONS']],
]
const pages: [RegExp, string[]][] = [
  [/^\/[a-z]{2}\/(exit|admin\/stats\/export)\/?$/, read],
  [/^\/[a-z]{2}\/assisted\/(lock|next-person)\/?$/, ['POST']],
]

/** The methods `pathname` answers; null for an unknown API path (Next's own 404 answers it). */
export function allowedMethods(pathname: string): string[] | null {
  for (const [pattern, methods] of [...api, ...pages]) if (pattern.test(pathname)) return methods
  if (pathname === '/api' || pathname.startsWith('/api/')) return null
  return [...read, 'POST'] // pages: reading, and their forms (server actions)
}

/** Whether a state-changing request names another site as its origin (Next compares the same two hosts). */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true // "null" (a sandboxed frame, a file) or garbage
  }
}

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * Whether a page POST carries server-action fields React could not have written: the `$ACTION_n:m` fields of a
 * form without JavaScript, or the numbered fields / text body of a call with JavaScript, that are not JSON.
 */
export function hasMalformedActionFields(fields: [string, string][] | string, viaHeader: boolean): boolean {
  if (typeof fields === 'string') return viaHeader && !isJson(fields)
  for (const [name, value] of fields) {
    if (/^\$ACTION_\d+:\d+$/.test(name) && !isJson(value)) return true
    if (viaHeader && /^\d+$/.test(name) && !isJson(value)) return true
  }
  return false
}
