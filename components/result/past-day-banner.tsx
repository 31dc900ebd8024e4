import type { TFunction } from 'i18next'

/** On a result with the rules of a past day: which day, and whether the programme is closed today. */
export function PastDayBanner({ t, date, closedToday }: { t: TFunction; date: string; closedToday: boolean }) {
  return (
    <p
      data-testid="past-day-banner"
      className="mb-6 border-4 border-gray-900 bg-white p-3 font-bold print:mb-2 print:p-2"
    >
      {t(closedToday ? 'result.pastBanner.closed' : 'result.pastBanner.open', { date })}
    </p>
  )
}
