import { checkDraft } from '@/lib/admin/drafts'
import type { RuleSet } from '@/lib/rules/schema'

/** A zod message that is one of our codes, or "invalid" for zod's own sentences. */
const codeOf = (message: string) => (/^[a-z_]+$/.test(message) ? message : 'invalid')

/** Validation of a whole draft with the engine's schema: field errors by "<country>.<path>", and unverified items. */
export function draftStatus(draft: { document: unknown; note: string; base: RuleSet; createdAt: Date }) {
  const { version, issues, unverified } = checkDraft(draft)
  const errors = new Map<string, string>()
  for (const issue of issues) {
    const [first, country, ...rest] = issue.path.map(String)
    if (first === 'countries' && country) errors.set(`${country}.${rest.join('.')}`, codeOf(issue.message))
    else errors.set(issue.path.join('.'), codeOf(issue.message))
  }
  return { valid: Boolean(version), errors, unverified }
}
