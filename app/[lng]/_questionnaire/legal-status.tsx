import { ChoiceList } from '@/components/ui/choice-list'
import { hostParams } from '@/lib/questionnaire/explain'
import { exclusiveStatuses, statusOptionsFor } from '@/lib/questionnaire/status-options'

import type { QuestionProps } from './types'

export function LegalStatus({ t, draft, flash, errors }: QuestionProps) {
  const host = draft.hostCountry!
  const hostHint = (code: string) => t(`legal-status.hosts.${host}.${code}`, { defaultValue: '' })
  const choices = [
    ...statusOptionsFor(host, draft.nationality).map((code) => ({
      value: code,
      label: t(`legal-status.options.${code}.label`),
      hint: hostHint(code) || t(`legal-status.options.${code}.hint`),
    })),
    ...exclusiveStatuses.map((code) => ({ value: code, label: t(`legal-status.${code}`), exclusive: true })),
  ]
  const fromFlash = flash?.values.status
  const checked = fromFlash ? [fromFlash].flat() : (draft.statuses ?? []).map((s) => s.code)
  return (
    <ChoiceList
      type="checkbox"
      name="status"
      choices={choices}
      checked={checked}
      error={errors.status}
      legend={t('legal-status.title', hostParams(t, host))}
      hint={t('legal-status.hint')}
      dividerText={t('legal-status.or')}
    />
  )
}
