import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { screeningProgrammes } from '@/lib/db/programmes'
import { formatDate } from '@/lib/i18n/format'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { factsForCode } from '@/lib/outcomes/lookup'

// Where a result code's QR code leads: the outcome, rules version, host country and date — nothing
// else, so a code found on a lost sheet tells nobody anything about the person.
export async function generateMetadata({ params }: PageProps<'/[lng]/r/[code]'>): Promise<Metadata> {
  const lng = await languageOf(params)
  const { code } = await params
  const title = getT(lng, 'result-code')('title', { code: canonical(code) })
  return { title, robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

/** A referral-only programme's "likely eligible" reads "may be identified". */
const outcomeKey = (outcome: string, kind: string | undefined) =>
  outcome === 'likely_eligible' && kind === 'referral-only' ? 'referral' : outcome

const canonical = (code: string) => code.toUpperCase().replace(/[\s-]/g, '').slice(0, 16)

export default async function ResultCodePage({ params }: PageProps<'/[lng]/r/[code]'>) {
  const lng = await languageOf(params)
  const { code } = await params
  const facts = await factsForCode(code)
  // Not notFound(): its page would reach the browser only through JavaScript (lib/http/not-found-html.ts).
  if (!facts) redirect(`/${lng}/not-found?what=code`)
  const c = getT(lng, 'result-code')
  const r = getT(lng, 'results')
  const q = getT(lng, 'questions')
  const p = getT(lng, 'programmes')
  const row = 'py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4'
  const programmes = await screeningProgrammes()
  const nameOf = (id: string) => programmes.find((x) => x.id === id)?.name[lng] ?? id
  const kindOf = (id: string) => programmes.find((x) => x.id === id)?.kind
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{c('title', { code: canonical(code) })}</h1>
      <dl className="divide-y divide-gray-300 border-y border-gray-300">
        <div className={row}>
          <dt className="font-bold">{c('outcome')}</dt>
          <dd data-testid="code-outcome">{r(`outcome.${facts.outcome}.title`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-bold">{c('hostCountry')}</dt>
          <dd>{q(`host-country.options.${facts.hostCountry}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-bold">{c('date')}</dt>
          <dd>{formatDate(lng, facts.screenedOn)}</dd>
        </div>
        {facts.asOf !== facts.screenedOn && (
          <div className={row}>
            <dt className="font-bold">{c('asOf')}</dt>
            <dd>{formatDate(lng, facts.asOf)}</dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-bold">{c('rulesVersion')}</dt>
          <dd>{facts.rulesVersion}</dd>
        </div>
      </dl>
      {facts.programmes && facts.programmes.length > 0 && (
        <section aria-labelledby="code-programmes" className="mt-6">
          <h2 id="code-programmes" className="mb-2 text-xl font-bold">
            {p('result.title')}
          </h2>
          <ul className="list-disc space-y-2 pl-6" data-testid="code-programmes">
            {facts.programmes.map((o) => (
              <li key={o.programme} data-programme={o.programme}>
                {p('result.line', {
                  name: nameOf(o.programme),
                  outcome: p(`result.outcome.${outcomeKey(o.outcome, kindOf(o.programme))}`),
                })}{' '}
                <span className="text-sm text-gray-700">({o.version})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
