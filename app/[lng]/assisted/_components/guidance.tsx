import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import type { Draft } from '@/lib/questionnaire/draft'
import { hostParams } from '@/lib/questionnaire/explain'
import { factOf, type QuestionId } from '@/lib/questionnaire/questions'
import type { Localized } from '@/lib/rules/programmes/schema'

const sections = ['meaning', 'documents', 'confusions'] as const

/**
 * Guidance for the volunteer beside a question, in the volunteer's language: the question in their words, what it
 * means, what the papers look like, and what people often mix up. Marked with its own `lang`.
 */
export function Guidance({
  step,
  volunteerLng,
  draft,
  wording,
}: {
  step: QuestionId | 'check-answers'
  volunteerLng: Language
  draft: Draft
  /** A programme fact's question, from the programme's data. */
  wording?: Localized
}) {
  const v = getT(volunteerLng, 'assisted')
  const q = getT(volunteerLng, 'questions')
  const asks = wording
    ? wording[volunteerLng]
    : step === 'check-answers'
      ? q('check-answers.title')
      : q(`${step}.title`, hostParams(q, draft.hostCountry))
  // Every fact question shares one guidance: what yes, no and "not sure" do.
  const topic = factOf(step) ? 'fact' : step
  return (
    <aside
      lang={volunteerLng}
      aria-labelledby="guidance-title"
      className="border-l-8 border-brand bg-blue-50 p-4 print:hidden"
    >
      <h2 id="guidance-title" className="mb-2 text-lg font-bold">
        {v('guidance.title')}
      </h2>
      <p className="mb-3">
        <span className="font-bold">{v('guidance.asks')}</span> {asks}
      </p>
      {sections.map((section) => (
        <div key={section} className="mb-3">
          <h3 className="font-bold">{v(`guidance.sections.${section}`)}</h3>
          <p>{v(`guidance.${topic}.${section}`)}</p>
          {step === 'legal-status' && section === 'documents' && draft.hostCountry && (
            <p className="mt-2">{v(`guidance.hosts.${draft.hostCountry}`)}</p>
          )}
        </div>
      ))}
    </aside>
  )
}
