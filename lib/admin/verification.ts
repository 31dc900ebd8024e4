// "Each changed value needs a source URL and a verified-on date" (docs/decisions/0006-admin-area.md): an item whose values changed must
// say its source was checked while the draft was being written (verified on or after the draft was started,
// and not in the future); its source URL is required by the schema anyway.
import { hostCountries } from '@/lib/rules/answers'
import type { RuleSet } from '@/lib/rules/schema'

import { fieldsOf, getPath, itemsOf } from './items'

/** Paths ("CO.nationalities.2.arrivalCutoff") of items changed from `base` without a fresh verified-on date. */
export function unverifiedChanges(base: RuleSet, draft: RuleSet, since: string, today: string): string[] {
  const problems: string[] = []
  for (const country of hostCountries) {
    const before = base.countries[country]
    for (const item of itemsOf(draft.countries[country])) {
      const old = getPath(before, item.path) as Record<string, unknown> | undefined
      const values = (v: Record<string, unknown> | undefined) =>
        JSON.stringify(fieldsOf[item.kind].map((f) => v?.[f.key] ?? null))
      if (values(old) === values(item.value)) continue
      const day = String(item.value.verifiedOn ?? '')
      if (day < since || day > today) problems.push(`${country}.${item.path}`)
    }
  }
  return problems
}
