'use client'

/**
 * Quick exit: a form POST to /{lng}/exit (deletes the answers, works without JavaScript). With JavaScript the
 * page is replaced in the history, so Back does not bring the screener back; the POST still deletes the answers.
 */
export function QuickExit({ lng, label, neutralUrl }: { lng: string; label: string; neutralUrl: string }) {
  const leave = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void fetch(`/${lng}/exit`, { method: 'POST', keepalive: true, credentials: 'same-origin' }).catch(() => {})
    window.location.replace(neutralUrl)
  }
  return (
    <form method="post" action={`/${lng}/exit`} onSubmit={leave} className="contents">
      <button
        type="submit"
        data-testid="quick-exit"
        className="inline-flex min-h-11 max-w-[45vw] items-center border-2 border-white bg-red-700 px-2 py-1 text-sm leading-tight font-bold text-white sm:max-w-none sm:px-3 sm:text-base"
      >
        {label}
      </button>
    </form>
  )
}
