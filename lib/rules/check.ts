// Test-case files (OpenFisca-style): [{ name, asOf, answers, expected: { outcome, criteria? } }].
// The same format for the shipped vectors and for anyone's own; failures read as sentences.
import { z } from 'zod'

import { answersSchema, isoDay } from './answers'
import { evaluate } from './evaluate'
import { criterionIds, criterionStatuses, outcomes } from './evaluation'
import type { History } from './schema'

export const testCaseSchema = z.object({
  name: z.string().min(1),
  asOf: isoDay,
  answers: answersSchema,
  expected: z.object({
    outcome: z.enum(outcomes),
    criteria: z.partialRecord(z.enum(criterionIds), z.enum(criterionStatuses)).optional(),
  }),
})
export type TestCase = z.infer<typeof testCaseSchema>
export const testCaseFileSchema = z.array(testCaseSchema)

/** Evaluates one case; returns undefined when it passes, otherwise a sentence saying what differed. */
export function checkCase(history: History, testCase: TestCase): string | undefined {
  const result = evaluate(history, testCase.answers, testCase.asOf)
  const problems: string[] = []
  if (result.outcome !== testCase.expected.outcome)
    problems.push(`the outcome was ${result.outcome}, not ${testCase.expected.outcome}`)
  for (const [id, expected] of Object.entries(testCase.expected.criteria ?? {})) {
    const actual = result.criteria.find((c) => c.id === id)?.status
    if (actual !== expected)
      problems.push(actual ? `${id} was ${actual}, not ${expected}` : `${id} was not evaluated (expected ${expected})`)
  }
  if (problems.length === 0) return undefined
  return `"${testCase.name}" (as of ${testCase.asOf}, rules ${result.rulesVersion}): ${problems.join('; ')}`
}
