import acceptLanguage from 'accept-language'

import { notFoundResponse } from '@/lib/http/not-found-html'
import { cookieName, fallbackLng, isLanguage, languages } from '@/lib/i18n/settings'

acceptLanguage.languages([...languages])

// An unknown address outside every language (only /api/… is not sent to a language by proxy.ts): a browser gets
// the translated 404 page in the language proxy.ts would pick, a program gets JSON.
export function GET(req: Request) {
  if (!(req.headers.get('accept') ?? '').includes('text/html'))
    return Response.json({ error: 'not_found' }, { status: 404 })
  const chosen = new RegExp(`(?:^|;\\s*)${cookieName}=([a-z]{2})`).exec(req.headers.get('cookie') ?? '')?.[1]
  const lng = isLanguage(chosen) ? chosen : (acceptLanguage.get(req.headers.get('accept-language')) ?? fallbackLng)
  return notFoundResponse(req, lng)
}
