'use client'

/** Whether an anonymous outcome still waits on this device; never throws (no IndexedDB: none waits). */
async function outcomeWaiting(): Promise<boolean> {
  try {
    const { queuedOutcomes } = await import('@/lib/offline/queue')
    return (await queuedOutcomes()).length > 0
  } catch {
    return false
  }
}

/**
 * Quick exit: a form POST to /{lng}/exit (deletes the answers, works without JavaScript). With JavaScript the
 * page is replaced in the history, so Back does not bring the screener back; the POST still deletes the answers,
 * the tab's answers of the questionnaire in the browser go too, and an outcome still waiting to be sent is
 * deleted only if the person says so.
 */
export function QuickExit({
  lng,
  label,
  neutralUrl,
  waitingQuestion,
}: {
  lng: string
  label: string
  neutralUrl: string
  waitingQuestion: string
}) {
  const leave = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // redirect: 'manual': the answer's cookie deletion applies, but the fetch does not follow to the exit site
    // (connect-src 'self' would refuse it); the page itself goes there below.
    void fetch(`/${lng}/exit`, {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      redirect: 'manual',
    }).catch(() => {})
    sessionStorage.clear() // the answers of the questionnaire in the browser (lib/offline/session-draft.ts)
    if ((await outcomeWaiting()) && window.confirm(waitingQuestion)) {
      const { clearQueue } = await import('@/lib/offline/queue')
      await clearQueue().catch(() => {})
    }
    window.location.replace(neutralUrl)
  }
  return (
    <form method="post" action={`/${lng}/exit`} onSubmit={(e) => void leave(e)} className="contents">
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
