import { unverifiedChanges } from '@/lib/admin/verification'
import { todayIso } from '@/lib/dates'
import type { RuleSet } from '@/lib/rules/schema'
import { ruleSetSchema } from '@/lib/rules/schema'

/** A zod message that is one of our codes, or "invalid" for zod's own sentences. */
const codeOf = (message: string) => (/^[a-z_]+$/.test(message) ? message : 'invalid')

/** Validation of a whole draft with the engine's schema: field errors by "<country>.<path>", and unverified items. */
export function draftStatus(document: unknown, note: string, base: RuleSet, createdAt: Date) {
  const parsed = ruleSetSchema.safeParse({ ...(document as object), note: note || '-' })
  const errors = new Map<string, string>()
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, country, ...rest] = issue.path.map(String)
      if (first === 'countries' && country) errors.set(`${country}.${rest.join('.')}`, codeOf(issue.message))
      else errors.set(issue.path.join('.'), codeOf(issue.message))
    }
  }
  const unverified = parsed.success
    ? unverifiedChanges(base, parsed.data, createdAt.toISOString().slice(0, 10), todayIso())
    : []
  return { valid: parsed.success, errors, unverified }
}
