import { describe, expect, it } from 'vitest'

import { shippedHistory } from '@/lib/rules/data'
import { hostRulesSchema } from '@/lib/rules/schema'

import { applyForm } from './apply-form'

const ecuador = shippedHistory.find((v) => v.id === '2023-10-18-ecuador-opens')!.countries.EC
const form = (entries: Record<string, string>) =>
  new Map(Object.entries({ 'registrationPeriods.0._shown': '1', ...entries }))
const current = (i: number) => {
  const p = ecuador.registrationPeriods[i]!
  return {
    [`registrationPeriods.${i}.status`]: p.status,
    [`registrationPeriods.${i}.from`]: p.from,
    [`registrationPeriods.${i}.until`]: p.until ?? '',
    [`registrationPeriods.${i}.source.url`]: p.source.url,
    [`registrationPeriods.${i}.source.title`]: p.source.title,
    [`registrationPeriods.${i}.verifiedOn`]: p.verifiedOn,
  }
}

describe('applyForm with status-limited periods', () => {
  it('keeps, changes and removes the statuses a period is limited to', () => {
    const refugeesOnly = applyForm(ecuador, form({ ...current(0), 'registrationPeriods.0.statuses': 'refugee' })) as {
      registrationPeriods: { statuses?: string[] }[]
    }
    expect(refugeesOnly.registrationPeriods[0]!.statuses).toEqual(['refugee'])
    expect(hostRulesSchema.safeParse(refugeesOnly).success).toBe(true)
    const everyone = applyForm(ecuador, form(current(0))) as typeof refugeesOnly
    expect(everyone.registrationPeriods[0]!.statuses).toBeUndefined()
    // Without statuses the contact phase now overlaps the general closed period for everyone.
    expect(hostRulesSchema.safeParse(everyone).error?.issues.map((i) => i.message)).toContain('overlapping_periods')
  })
  it('leaves a code that cannot be accepted for validation to refuse', () => {
    const crafted = applyForm(ecuador, form({ ...current(0), 'registrationPeriods.0.statuses': 'asylum_seeker,none' }))
    const issues = hostRulesSchema.safeParse(crafted).error?.issues ?? []
    expect(issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'registrationPeriods.0.statuses.1',
      'invalid_status',
    ])
  })
  it('edits the nationalities a status exists for and the later-status flag', () => {
    const co = shippedHistory.find((v) => v.id === '2023-10-10-colombia-reopens')!.countries.CO
    const ppt = co.legalStatus.anyOf.findIndex((s) => s.code === 'ppt')
    const p = `legalStatus.anyOf.${ppt}`
    const s = co.legalStatus.anyOf[ppt]!
    const edited = applyForm(
      co,
      new Map(
        Object.entries({
          [`${p}._shown`]: '1',
          [`${p}.code`]: 'ppt',
          [`${p}.registeredOnOrBefore`]: '2023-06-11',
          [`${p}.nationalities`]: 've, cu',
          [`${p}.source.url`]: s.source.url,
          [`${p}.source.title`]: s.source.title,
          [`${p}.verifiedOn`]: s.verifiedOn,
        }),
      ),
    ) as typeof co
    expect(edited.legalStatus.anyOf[ppt]).toMatchObject({ nationalities: ['VE', 'CU'] })
    expect(edited.legalStatus.anyOf[ppt]!.laterUnknown).toBeUndefined()
    expect(s.laterUnknown).toBe(true)
  })
})
