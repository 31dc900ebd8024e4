import 'server-only'

import { getT } from '@/lib/i18n/server'
import { fallbackLng, isLanguage, type Language } from '@/lib/i18n/settings'

import { allowedMethods, hasMalformedActionFields, hasMalformedEscape, isCrossOrigin } from './request-guards'

type Refusal = 'badRequest' | 'forbidden' | 'notFound' | 'methodNotAllowed'
const status: Record<Refusal, number> = { badRequest: 400, forbidden: 403, notFound: 404, methodNotAllowed: 405 }
const apiCode: Record<Refusal, string> = {
  badRequest: 'invalid_path',
  forbidden: 'forbidden',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
}

/** A 400, 403 or 405 for a request Next.js would answer with a 500; null when the request may go on. */
export async function refuseBadRequest(req: Request): Promise<Response | null> {
  const { pathname } = new URL(req.url)
  if (hasMalformedEscape(pathname)) return refusal(req, 'badRequest')
  const allowed = allowedMethods(pathname)
  // An API path no route answers: Next would try a body it cannot parse as a page's form, and answer 500. A
  // browser's GET goes on to app/api/[...rest], which answers the translated 404 page.
  if (!allowed) return req.method === 'GET' && wantsPage(req) ? null : refusal(req, 'notFound')
  if (!allowed.includes(req.method)) return refusal(req, 'methodNotAllowed', allowed)
  if (req.method !== 'POST' || pathname.startsWith('/api/')) return null
  if (isCrossOrigin(req.headers)) return refusal(req, 'forbidden')
  if (await malformedAction(req)) return refusal(req, 'badRequest')
  return null
}

const wantsPage = (req: Request) => (req.headers.get('accept') ?? '').includes('text/html')

async function malformedAction(req: Request): Promise<boolean> {
  const type = req.headers.get('content-type') ?? ''
  const viaHeader = req.headers.has('next-action')
  try {
    if (/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) {
      const form = await req.clone().formData()
      const fields = [...form.entries()].map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : ''])
      return hasMalformedActionFields(fields, viaHeader)
    }
    return viaHeader && hasMalformedActionFields(await req.clone().text(), true)
  } catch {
    return true // a body that does not parse as the form it says it is
  }
}

/** The refusal's answer: translated JSON for the API and server actions, a short translated page otherwise. */
export function refusal(req: Request, kind: Refusal, allow?: string[]): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
  if (allow) headers.Allow = allow.join(', ')
  const { pathname } = new URL(req.url)
  const first = pathname.split('/')[1]
  const lng: Language = isLanguage(first) ? first : fallbackLng
  if (pathname === '/api' || pathname.startsWith('/api/') || req.headers.has('next-action')) {
    const t = getT(lng, 'api')
    return Response.json(
      { error: apiCode[kind], issues: [{ path: '', code: apiCode[kind], message: t(`errors.${apiCode[kind]}`) }] },
      { status: status[kind], headers },
    )
  }
  const t = getT(lng, 'common')
  const body =
    req.method === 'HEAD' ? null : page(lng, t(`refused.${kind}.title`), t(`refused.${kind}.body`), t('refused.home'))
  return new Response(body, {
    status: status[kind],
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

function page(lng: Language, title: string, body: string, home: string): string {
  return `<!DOCTYPE html><html lang="${lng}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p><p><a href="/${lng}">${escape(home)}</a></p></main></body></html>`
}
