import { ChoiceList } from '@/components/ui/choice-list'

import { previous, type QuestionProps } from './types'

export function Adult({ t, draft, flash, errors }: QuestionProps) {
  return (
    <ChoiceList
      type="radio"
      name="adult"
      legend={t('adult.title')}
      choices={(['yes', 'no', 'unsure'] as const).map((v) => ({
        value: v,
        label: t(`adult.options.${v}`),
        exclusive: v === 'unsure',
      }))}
      checked={[previous(flash, 'adult', draft.adult) ?? '']}
      error={errors.adult}
      dividerText={t('legal-status.or')}
    />
  )
}
