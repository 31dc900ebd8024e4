import { ChoiceList } from '@/components/ui/choice-list'
import { hostCountries } from '@/lib/rules/answers'

import { previous, type QuestionProps } from './types'

export function HostCountry({ t, draft, flash, errors }: QuestionProps) {
  return (
    <ChoiceList
      type="radio"
      name="hostCountry"
      legend={t('host-country.title')}
      hint={t('host-country.hint')}
      choices={hostCountries.map((c) => ({ value: c, label: t(`host-country.options.${c}`) }))}
      checked={[previous(flash, 'hostCountry', draft.hostCountry) ?? '']}
      error={errors.hostCountry}
    />
  )
}
