// A complete 404 page as plain HTML, for paths no page answers. Next renders a notFound() thrown by a page under
// our [lng] root layout only in the browser (the server sends an empty error shell), so without JavaScript the
// person saw a blank page. This page needs no script: lang, title, a main landmark, Start again and quick exit.
import { type ErrorTexts, errorTexts } from '@/lib/i18n/error-texts'

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const style = `body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#111827;background:#fff}
header{background:#1d4e89;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem;justify-content:space-between;align-items:center}
header a{color:#fff;font-weight:700;text-decoration:none}main{max-width:42rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}a{color:#1d4e89}.start{display:inline-flex;min-height:2.75rem;align-items:center;background:#166534;color:#fff;padding:0 1.25rem;font-weight:700;text-decoration:none}
button{min-height:2.75rem;border:2px solid #fff;background:#b91c1c;color:#fff;font-weight:700;padding:0 .75rem;font-size:1rem}
:focus-visible{outline:3px solid #0b0c0c;outline-offset:2px}header :focus-visible{outline-color:#fff}`

/** The 404 page in `lng` (Spanish for an unknown language); `title`/`body` override the generic words. */
function notFoundHtml(lng: unknown, nonce: string, words?: { title: string; body: string }): string {
  const t: ErrorTexts & { lng: string } = errorTexts(lng)
  const { title, body } = words ?? t.notFound
  return `<!DOCTYPE html><html lang="${t.lng}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} – ${escape(t.appName)}</title><style nonce="${escape(nonce)}">${style}</style></head><body>
<header><a href="/${t.lng}">${escape(t.appName)}</a><form method="post" action="/${t.lng}/exit"><button type="submit">${escape(t.quickExit)}</button></form></header>
<main id="main"><h1>${escape(title)}</h1><p>${escape(body)}</p><p><a class="start" href="/${t.lng}">${escape(t.startAgain)}</a></p></main>
</body></html>`
}

/**
 * A 404 response with that page (never cached: the language may come from the person's cookie). Its one inline
 * style carries this request's CSP nonce, which proxy.ts put in the request's copy of the policy.
 */
export function notFoundResponse(req: Request, lng: unknown, words?: { title: string; body: string }): Response {
  return errorPageResponse(req, lng, words, 404)
}

/** The same page with other words and status, e.g. a 503 (with Retry-After) while the database does not answer. */
export function errorPageResponse(
  req: Request,
  lng: unknown,
  words: { title: string; body: string } | undefined,
  status: 404 | 503,
): Response {
  const nonce = /'nonce-([^']+)'/.exec(req.headers.get('content-security-policy') ?? '')?.[1] ?? ''
  return new Response(notFoundHtml(lng, nonce, words), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(status === 503 ? { 'retry-after': '30' } : {}),
    },
  })
}
