import { notFoundResponse } from '@/lib/http/not-found-html'
import { getT } from '@/lib/i18n/server'
import { fallbackLng, isLanguage } from '@/lib/i18n/settings'

// Any path under a language that no page answers (/es/foo/bar), and the pages that send people here for an
// unknown question or result code: a translated 404 that works without JavaScript (lib/http/not-found-html.ts).
export async function GET(req: Request, ctx: RouteContext<'/[lng]/[...rest]'>) {
  const { lng } = await ctx.params
  const language = isLanguage(lng) ? lng : fallbackLng
  if (new URL(req.url).searchParams.get('what') === 'code') {
    const c = getT(language, 'result-code')
    return notFoundResponse(req, language, { title: c('notFound.title'), body: c('notFound.body') })
  }
  return notFoundResponse(req, language)
}

export const HEAD = GET
