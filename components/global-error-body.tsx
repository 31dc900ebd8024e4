import { ErrorView } from '@/components/error-view'
import { errorTexts } from '@/lib/i18n/error-texts'

/** The page app/global-error.tsx shows when even the layout fails: its title, the app's name, what happened. */
export default function GlobalErrorBody({ lng }: { lng: string }) {
  const texts = errorTexts(lng)
  return (
    <>
      {/* Hoisted into the head by React: no metadata reaches this page. */}
      <title>{`${texts.error.title} – ${texts.appName}`}</title>
      <header className="bg-brand px-4 py-3 font-bold text-white">{texts.appName}</header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-6">
        <ErrorView lng={texts.lng} texts={texts} kind="error" withExit />
      </main>
    </>
  )
}
