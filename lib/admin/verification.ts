// "Each changed value needs a source URL and a verified-on date" (issue 6): an item whose values changed
// must carry a new verified-on date; its source URL is required by the schema anyway.
import type { RuleSet } from '@/lib/rules/schema'
import { hostCountries } from '@/lib/rules/answers'
import { fieldsOf, getPath, itemsOf } from './items'

/** Paths ("CO.nationalities.2.arrivalCutoff") of items changed from `base` without a new verified-on date. */
export function unverifiedChanges(base: RuleSet, draft: RuleSet): string[] {
  const problems: string[] = []
  for (const country of hostCountries) {
    const before = base.countries[country]
    for (const item of itemsOf(draft.countries[country])) {
      const old = getPath(before, item.path) as Record<string, unknown> | undefined
      if (!old) continue // a new item: the schema requires its source and date
      const values = (v: Record<string, unknown>) => JSON.stringify(fieldsOf[item.kind].map((f) => v[f.key] ?? null))
      if (values(old) !== values(item.value) && old.verifiedOn === item.value.verifiedOn) problems.push(`${country}.${item.path}`)
    }
  }
  return problems
}
