import { describe, expect, it } from 'vitest'

import { crCet2023 } from '@/lib/rules/data/programmes/cr-cet-2023'

import { metaOf } from './programme-candidate'
import { programmeDocumentFromForm, programmeFormValues } from './programme-form'
import { successorTemplate } from './programme-template'

/** Submits the form as a browser would: one text per field, one value per ticked box. */
function submit(values: ReturnType<typeof programmeFormValues>, change: Record<string, string> = {}) {
  const fields = new Map<string, string>([
    ['kind', values.kind],
    ['officialName', values.officialName],
    ['officialLanguage', values.officialLanguage],
    ['facts', values.facts],
    ['links', values.links],
    ['identifiedBy', values.identifiedBy],
    ['version', values.version],
    ...(['es', 'en', 'fr', 'ht'] as const).flatMap((l) => [
      [`name.${l}`, String(values.name[l] ?? '')] as [string, string],
      [`description.${l}`, String(values.description[l] ?? '')] as [string, string],
    ]),
    ...Object.entries(change),
  ])
  return programmeDocumentFromForm(
    (n) => fields.get(n) ?? '',
    (n) => (n === 'hostCountries' ? [...values.hostCountries, 'XX'] : []),
  )
}

describe('the programme form', () => {
  it('gives back the programme it was filled with', () => {
    const last = crCet2023.versions.at(-1)!
    const blocks = Object.fromEntries(
      Object.entries(last).filter(([k]) => !['id', 'effectiveFrom', 'note'].includes(k)),
    )
    const document = submit(programmeFormValues({ programme: metaOf(crCet2023), version: last }))
    const meta = Object.fromEntries(Object.entries(metaOf(crCet2023)).filter(([k]) => k !== 'id'))
    expect(document.programme).toEqual(JSON.parse(JSON.stringify(meta)))
    expect(document.version).toEqual(JSON.parse(JSON.stringify(blocks)))
  })

  it('keeps a text that is not JSON as typed, and drops host countries that do not exist', () => {
    const document = submit(programmeFormValues(successorTemplate('2026-12-01')), { version: '{ "criteria": [' })
    expect(document.version).toBe('{ "criteria": [')
    expect(programmeFormValues(document).version).toBe('{ "criteria": [')
    expect((document.programme as { hostCountries: string[] }).hostCountries).toEqual(['CO'])
  })
})
