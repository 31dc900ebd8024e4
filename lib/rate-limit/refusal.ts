// What a refused request gets: 429 with Retry-After and a message in the request's language, as JSON for the
// API and as a short page for people (never a blank one). No Next imports: the proxy builds these too.
import type { Language } from '@/lib/i18n/settings'
import en from '@/locales/en/limits.json'
import es from '@/locales/es/limits.json'
import fr from '@/locales/fr/limits.json'
import ht from '@/locales/ht/limits.json'

const texts: Record<Language, typeof es> = { es, en, fr, ht }

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** The 429 JSON answer of the API: `rate_limited`, with the message in `lng`. */
export function tooManyJson(lng: Language, retryAfterSeconds: number): Response {
  const message = texts[lng].api.replace('{{seconds}}', String(retryAfterSeconds))
  return Response.json(
    { error: 'rate_limited', issues: [{ path: '', code: 'rate_limited', message }] },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}

/** The 429 page: title, one sentence with the wait in minutes, and a link back to `back` (a path of this site). */
export function tooManyPage(lng: Language, retryAfterSeconds: number, back: string): Response {
  const t = texts[lng]
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  const body = (minutes === 1 ? t.body_one : t.body_other).replace('{{count}}', String(minutes))
  const href = back.startsWith('/') && !back.startsWith('//') ? back : `/${lng}`
  const html = `<!doctype html>
<html lang="${lng}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)}</title></head>
<body><main><h1>${escape(t.title)}</h1><p>${escape(body)}</p><p><a href="${escape(href)}">${escape(t.back)}</a></p></main></body></html>
`
  return new Response(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(retryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}
