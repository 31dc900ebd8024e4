import type { ErrorTexts } from '@/lib/i18n/error-texts'

/**
 * The body of every error page (not found, server error): what happened, Start again, and the quick exit as a
 * plain form (works without JavaScript and in global-error, outside the usual header).
 */
export function ErrorView({
  lng,
  texts,
  kind,
  withExit = false,
}: {
  lng: string
  texts: ErrorTexts
  kind: 'notFound' | 'error'
  withExit?: boolean
}) {
  return (
    <div data-testid={`error-page-${kind}`}>
      <h1 className="mb-4 text-2xl font-bold">{texts[kind].title}</h1>
      <p className="mb-6">{texts[kind].body}</p>
      <div className="flex flex-wrap items-center gap-4">
        <a
          href={`/${lng}`}
          className="inline-flex min-h-11 items-center bg-green-800 px-5 font-bold text-white no-underline"
        >
          {texts.startAgain}
        </a>
        {withExit && (
          <form method="post" action={`/${lng}/exit`}>
            <button type="submit" className="min-h-11 border-2 border-white bg-red-700 px-4 font-bold text-white">
              {texts.quickExit}
            </button>
          </form>
        )}
      </div>
    </div>
  )
}
