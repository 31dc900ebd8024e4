import type { TFunction } from 'i18next'

import { OfficialLink } from '@/components/result/official-link'
import type { ProgrammesView } from '@/lib/questionnaire/programme-view'

const mark = { met: '✓', not_met: '✗', unknown: '?' } as const
const colour = {
  likely_eligible: 'border-green-700',
  not_eligible: 'border-red-700',
  registration_closed: 'border-gray-700',
  needs_more_information: 'border-yellow-600',
} as const

type Level = 2 | 3

/**
 * Every other programme checked: a section each for those that could be for this person (outcome, conditions in
 * words, next steps and links, who identifies cases, what to check yourself), then one line for each of the rest.
 */
export function ProgrammeResults({
  view,
  t,
  r,
  level = 2,
  idPrefix = 'programme',
}: {
  view: ProgrammesView
  /** The `programmes` namespace. */
  t: TFunction
  /** The `results` namespace (criterion status names). */
  r: TFunction
  level?: Level
  /** Keeps ids unique when two languages share a page (the printed sheet). */
  idPrefix?: string
}) {
  const H = `h${level}` as const
  const Sub = `h${level + 1}` as 'h3' | 'h4'
  const Small = `h${level + 2}` as 'h4' | 'h5'
  return (
    <section aria-labelledby={`${idPrefix}-others`} className="mt-8 break-before-auto" data-testid="programmes">
      <H id={`${idPrefix}-others`} className="mb-2 text-xl font-bold">
        {t('result.title')}
      </H>
      <p className="mb-4">{t('result.intro')}</p>
      {view.sections.map((s) => (
        <article
          key={s.id}
          aria-labelledby={`${idPrefix}-${s.id}`}
          data-programme={s.id}
          className={`mb-6 border-l-8 pl-4 ${colour[s.outcome]}`}
        >
          <Sub id={`${idPrefix}-${s.id}`} className="text-lg font-bold">
            {s.name}
          </Sub>
          {s.officialName.text !== s.name && (
            <p className="text-sm text-gray-700">
              {t('result.official')} <span lang={s.officialName.language}>{s.officialName.text}</span>
            </p>
          )}
          <p className="text-sm text-gray-700">{s.kind}</p>
          <p className="mt-2 font-bold" data-testid="programme-outcome">
            {s.outcomeText}
          </p>
          <p className="mt-1">{s.description}</p>
          {s.identifiedBy && (
            <p className="mt-1">
              <span className="font-bold">{t('result.identifiedBy')}</span> {s.identifiedBy}
            </p>
          )}
          <Small className="mt-3 font-bold">{t('result.conditions')}</Small>
          <ul className="mt-1 space-y-2">
            {s.criteria.map((c, i) => (
              <li key={i} className="flex gap-3">
                <span aria-hidden="true" className="w-5 shrink-0 font-bold">
                  {mark[c.status]}
                </span>
                <span>
                  <span className="sr-only">{r(`status.${c.status}`)}: </span>
                  {c.text}
                </span>
              </li>
            ))}
          </ul>
          <Small className="mt-3 font-bold">{t('result.next')}</Small>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {s.steps.map((step, i) => (
              <li key={i}>
                {step.text}
                <OfficialLink url={step.url} />
              </li>
            ))}
          </ul>
          {s.checkYourself.length > 0 && (
            <>
              <p className="mt-3">{t('check-yourself.intro')}</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {s.checkYourself.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
      {view.notForYou.length > 0 && (
        <>
          <Sub className="mb-2 text-lg font-bold">{t('result.notForYou')}</Sub>
          <ul className="list-disc space-y-1 pl-6" data-testid="programmes-not-for-you">
            {view.notForYou.map((line) => (
              <li key={line.id} data-programme={line.id}>
                {line.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
