import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { PastDayBanner } from '@/components/result/past-day-banner'
import { ProgrammeResults } from '@/components/result/programme-results'
import { PrintButton } from '@/components/ui/print-button'
import { qrSvg } from '@/lib/assisted/qr'
import { screeningHistory } from '@/lib/db/history'
import { publicBaseUrl } from '@/lib/http/base-url'
import { formatDate } from '@/lib/i18n/format'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { type Language } from '@/lib/i18n/settings'
import { completeAnswers } from '@/lib/questionnaire/draft'
import { readDraft } from '@/lib/questionnaire/draft-store'
import { programmesResult } from '@/lib/questionnaire/result-programmes'
import { resultView } from '@/lib/questionnaire/result-view'
import { todayIso } from '@/lib/rules/dates'
import { evaluate } from '@/lib/rules/evaluate'

import { AssistedFrame } from '../_components/assisted-frame'
import { SheetColumn } from '../_components/sheet-column'
import { requireDevice } from '../_lib/gate'

// The result sheet (docs/decisions/0007-assisted-mode.md): printed or shown, in the client's language with the volunteer's alongside.
// Print CSS in app/globals.css ([data-sheet]); fits A4 and Letter, black and white.
export async function generateMetadata({ params }: PageProps<'/[lng]/assisted/result'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'assisted')('sheet.title') }
}

export default async function ResultSheetPage({ params }: PageProps<'/[lng]/assisted/result'>) {
  const lng = await languageOf(params)
  const device = await requireDevice(lng)
  const draft = await readDraft()
  const answers = completeAnswers(draft)
  // "See the result" sets the screening id; the code is missing only if the outcome could not be stored at all.
  if (!answers || !draft.screeningId) redirect(`/${lng}/assisted/check-answers`)
  const today = todayIso()
  const history = await screeningHistory()
  const asOf = draft.asOf ?? draft.evaluatedOn ?? today
  const evaluation = evaluate(history, answers, asOf)
  const vlng = device.volunteerLng
  const others = await programmesResult(answers, asOf, [lng, vlng])
  const views = {
    [lng]: resultView(history, answers, evaluation, today, lng),
    [vlng]: resultView(history, answers, evaluation, today, vlng),
  }
  const s = getT(lng, 'assisted')
  const sv = getT(vlng, 'assisted')
  const link = draft.resultCode && `${await publicBaseUrl()}/${lng}/r/${draft.resultCode}`
  const qr = link && (await qrSvg(link))
  // A line in the client's language, then the volunteer's (each with its own dates).
  const both = (key: string, vars: (l: Language) => Record<string, string> = () => ({})) =>
    vlng === lng ? (
      s(key, vars(lng))
    ) : (
      <>
        {s(key, vars(lng))} <span lang={vlng}>/ {sv(key, vars(vlng))}</span>
      </>
    )
  const when = (l: Language) => ({ date: formatDate(l, today), asOf: formatDate(l, evaluation.asOf) })
  const view = views[lng]!
  return (
    <AssistedFrame lng={lng} device={device} path="/result">
      <article data-sheet className="text-gray-900">
        <h1 className="mb-1 text-2xl font-bold">{both('sheet.title')}</h1>
        <p className="mb-4 text-sm print:mb-2">{both('sheet.when', when)}</p>
        {view.pastDay && (
          <PastDayBanner
            t={getT(lng, 'questions')}
            date={formatDate(lng, evaluation.asOf)}
            closedToday={view.closedToday}
          />
        )}
        <div className={`grid gap-6 ${vlng === lng ? '' : 'md:grid-cols-2 print:grid-cols-2'}`}>
          <SheetColumn lng={lng} answers={answers} evaluation={evaluation} view={views[lng]!} />
          {vlng !== lng && <SheetColumn lng={vlng} answers={answers} evaluation={evaluation} view={views[vlng]!} />}
        </div>
        {link && qr && (
          <section
            aria-labelledby="code-title"
            className="mt-6 flex break-inside-avoid items-center gap-6 border-t-4 border-gray-900 pt-4 print:mt-3 print:pt-2"
          >
            <div
              role="img"
              aria-label={s('sheet.qr')}
              className="h-32 w-32 shrink-0"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <div className="min-w-0 flex-1">
              <h2 id="code-title" className="font-bold">
                {both('sheet.code')}
              </h2>
              <p className="font-mono text-3xl font-bold tracking-widest" data-testid="result-code">
                {draft.resultCode}
              </p>
              <p className="text-sm">{both('sheet.codeHint')}</p>
              <p className="text-sm break-all">{link}</p>
            </div>
          </section>
        )}
        {/* The other programmes start a new printed page, so the first page stays the one it was. */}
        <div className={`grid gap-6 print:break-before-page ${vlng === lng ? '' : 'md:grid-cols-2 print:grid-cols-2'}`}>
          {[...new Set([lng, vlng])].map((l) => (
            <div key={l} lang={l} className="min-w-0" data-sheet-programmes={l}>
              <ProgrammeResults
                view={others[l]!}
                t={getT(l, 'programmes')}
                r={getT(l, 'results')}
                idPrefix={`${l}-programme`}
              />
            </div>
          ))}
        </div>
      </article>
      <div className="mt-6 flex flex-wrap gap-4 print:hidden">
        <PrintButton label={sv('sheet.print')} />
      </div>
    </AssistedFrame>
  )
}
