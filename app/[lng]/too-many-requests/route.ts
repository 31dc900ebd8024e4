// The 429 page a refused form post is sent to (sign-in, assisted-mode unlock): a server action cannot answer
// 429 itself, so it redirects here, and this page answers 429 with Retry-After.
import { isLanguage } from '@/lib/i18n/settings'
import { tooManyPage } from '@/lib/rate-limit/refusal'

const backTo = { login: 'admin/login', unlock: 'assisted' } as const

export function GET(request: Request, { params }: { params: Promise<{ lng: string }> }) {
  return params.then(({ lng }) => {
    const language = isLanguage(lng) ? lng : 'es'
    const query = new URL(request.url).searchParams
    const after = Math.min(86_400, Math.max(1, Math.trunc(Number(query.get('after'))) || 60))
    const from = query.get('from')
    const back = from === 'login' || from === 'unlock' ? `/${language}/${backTo[from]}` : `/${language}`
    return tooManyPage(language, after, back)
  })
}
