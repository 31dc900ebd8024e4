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
  [/^\/api\/metrics\/?$/, read],
  [/^\/api\/v1\/((rules|programmes)(\/[^/]+)?|openapi\.json)\/?$/, [...read, 'OPTIONS']],
  [/^\/api\/v1\/(eligibility|screenings)\/?$/, ['POST', 'OPTIONS']],
  [/^\/api\/app\/outcomes\/?$/, ['POST']],
  [/^\/api\/app\/rules\/?$/, read],
]
const pages: [RegExp, string[]][] = [
  [/^\/[a-z]{2}\/exit\/?$/, [...read, 'POST']],
  [/^\/[a-z]{2}\/admin\/stats\/export\/?$/, read],
  [/^\/[a-z]{2}\/assisted\/(lock|next-person)\/?$/, ['POST']],
]

/** The methods `pathname` answers; null for an unknown API path (Next's own 404 answers it). */
export function allowedMethods(pathname: string): string[] | null {
  for (const [pattern, methods] of [...api, ...pages]) if (pattern.test(pathname)) return methods
  if (pathname === '/api' || pathname.startsWith('/api/')) return null
  return [...read, 'POST'] // pages: reading, and their forms (server actions)
}

/**
 * Whether a state-changing request names another site as its origin (Next compares the same two hosts). A page
 * with its own no-referrer policy (the result-code page) posts with "Origin: null"; the browser's Sec-Fetch-Site,
 * which no page can set, then tells whether it was this site.
 */
export function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  if (origin === null) return false
  if (origin === 'null') return headers.get('sec-fetch-site') !== 'same-origin'
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  try {
    return new URL(origin).host !== host
  } catch {
    return true // "null" (a sandboxed frame, a file) or garbage
  }
}

const parse = (text: string): { value: unknown } | null => {
  try {
    return { value: JSON.parse(text) }
  } catch {
    return null
  }
}
// React marks references (to other fields, promises, maps…) with a leading "$" and escapes a literal one as "$$".
// The app's forms bind plain strings only, so a reference anywhere else is a tampered post.
const plain = (v: unknown): boolean => {
  if (typeof v === 'string') return !/^\$(?!\$)/.test(v)
  if (Array.isArray(v)) return v.every(plain)
  return v === null || typeof v !== 'object' || Object.values(v).every(plain)
}

/**
 * Whether a page POST carries server-action fields React could not have written for this app's forms: without
 * JavaScript, `$ACTION_n:0` must name an action and point at a bound-arguments field of plain strings; with
 * JavaScript (a Next-Action header) the body must be a form whose field "0" lists plain arguments and the form.
 */
export function hasMalformedActionFields(fields: [string, string][] | string, viaHeader: boolean): boolean {
  // A form with no fields (a lone button) is sent as text: the same argument list, with no form entries.
  if (typeof fields === 'string') return viaHeader && malformedArgs(fields)
  const byName = new Map(fields)
  if (viaHeader) return malformedArgs(byName.get('0') ?? '')
  for (const [name, text] of fields) {
    const field = /^\$ACTION_(\d+):(\d+)$/.exec(name)
    if (!field) continue
    const value = parse(text)?.value
    if (field[2] !== '0') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && plain(v))) return true
      continue
    }
    const meta = value as { id?: unknown; bound?: unknown } | null
    if (typeof meta !== 'object' || meta === null || typeof meta.id !== 'string') return true
    if (meta.bound === null || meta.bound === undefined) continue
    const target = typeof meta.bound === 'string' ? /^\$@(\d+)$/.exec(meta.bound) : null
    if (!target || !byName.has(`$ACTION_${field[1]}:${target[1]}`)) return true
  }
  return false
}

// The arguments of an action called from JavaScript: plain values, the form last (a "$K…" reference).
function malformedArgs(text: string): boolean {
  const args = parse(text)?.value
  if (!Array.isArray(args)) return true
  const last = args.at(-1)
  const rest = typeof last === 'string' && /^\$K[0-9a-f]+$/.test(last) ? args.slice(0, -1) : args
  return !plain(rest)
}
