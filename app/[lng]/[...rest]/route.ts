import { errorPageResponse, notFoundResponse } from '@/lib/http/not-found-html'
import { getT } from '@/lib/i18n/server'
import { fallbackLng, isLanguage } from '@/lib/i18n/settings'

// Any path under a language that no page answers (/es/foo/bar), and the pages that send people here for an
// unknown question or result code: a translated 404 that works without JavaScript (lib/http/not-found-html.ts).
// Also /{lng}/unavailable, the result-code page's 503 while the database does not answer.
export async function GET(req: Request, ctx: RouteContext<'/[lng]/[...rest]'>) {
  const { lng, rest } = await ctx.params
  const language = isLanguage(lng) ? lng : fallbackLng
  // Where the result-code page sends people while the database does not answer: "try again in a minute".
  if (rest.join('/') === 'unavailable') {
    const c = getT(language, 'result-code')
    return errorPageResponse(req, language, { title: c('unavailable.title'), body: c('unavailable.body') }, 503)
  }
  if (new URL(req.url).searchParams.get('what') === 'code') {
    const c = getT(language, 'result-code')
    return notFoundResponse(req, language, { title: c('notFound.title'), body: c('notFound.body') })
  }
  return notFoundResponse(req, language)
}

export const HEAD = GET
