import { ChoiceList } from '@/components/ui/choice-list'
import { factOf } from '@/lib/questionnaire/questions'
import { programmesAsking } from '@/lib/questionnaire/relevance'

import { previous, type QuestionProps } from './types'

/** A programme's yes / no question, worded by its data, saying which programmes it is asked for. */
export function Fact({ lng, t, draft, screening, question, flash, errors }: QuestionProps) {
  const fact = factOf(question.id)!
  const names = programmesAsking(fact, draft, screening).map((p) => p.name[lng])
  return (
    <ChoiceList
      type="radio"
      name="fact"
      legend={question.question?.[lng] ?? ''}
      hint={names.length ? t('fact.why', { programmes: names.join(', ') }) : undefined}
      choices={(['yes', 'no', 'unsure'] as const).map((v) => ({
        value: v,
        label: t(`fact.options.${v}`),
        exclusive: v === 'unsure',
      }))}
      checked={[previous(flash, 'fact', draft.facts?.[fact]) ?? '']}
      error={errors.fact}
      dividerText={t('legal-status.or')}
    />
  )
}
