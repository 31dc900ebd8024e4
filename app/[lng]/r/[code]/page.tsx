import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

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

const canonical = (code: string) => code.toUpperCase().replace(/[\s-]/g, '').slice(0, 16)

export default async function ResultCodePage({ params }: PageProps<'/[lng]/r/[code]'>) {
  const lng = await languageOf(params)
  const { code } = await params
  const facts = await factsForCode(code)
  // Not notFound(): its page would reach the browser only through JavaScript (lib/http/not-found-html.ts).
  if (!facts) redirect(`/${lng}/not-found?what=code`)
  // A database that does not answer: a translated 503 with Retry-After, not a 500 (app/[lng]/[...rest]).
  if (facts === 'unavailable') redirect(`/${lng}/unavailable?what=code`)
  const c = getT(lng, 'result-code')
  const r = getT(lng, 'results')
  const q = getT(lng, 'questions')
  const row = 'py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4'
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
    </>
  )
}
