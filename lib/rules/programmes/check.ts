// Test-case files for every programme: the Safe Mobility format plus an optional `programme` (default
// safe-mobility) and `answers.facts`. Facts a programme never asks (a sensitive condition, say) are ignored.
// Expected criteria are keyed by criterion id, or `fact:<fact id>` for a fact; failures read as sentences.
import { z } from 'zod'

import { answersSchema, isoDay } from '../answers'
import { criterionStatuses, outcomes } from '../evaluation'
import { type AnyProgramme, evaluateProgramme } from './evaluate'
import { factsThatMatter } from './questions'
import type { ProgrammeEvaluation } from './results'

const programmeTestCaseSchema = z.object({
  name: z.string().min(1),
  programme: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'invalid_programme')
    .default('safe-mobility'),
  asOf: isoDay,
  answers: answersSchema,
  expected: z.object({
    outcome: z.enum(outcomes),
    criteria: z.record(z.string(), z.enum(criterionStatuses)).optional(),
    /** The route that gave the outcome (programmes with routes). */
    route: z.string().optional(),
    /** Exactly the unanswered facts that can still change the outcome that day. */
    factsThatMatter: z.array(z.string()).optional(),
  }),
})
export type ProgrammeTestCase = z.infer<typeof programmeTestCaseSchema>
export const programmeTestCaseFileSchema = z.array(programmeTestCaseSchema)

/**
 * Each criterion's status by key (shared criteria first, then the route that gave the outcome); a fact's key is
 * `fact:<fact id>`. The same keys name criteria in test cases and in stored outcomes.
 */
export function criterionStatusesByKey(evaluation: ProgrammeEvaluation): Map<string, string> {
  const keyed = new Map<string, string>()
  if (evaluation.engine === 'safe-mobility') {
    for (const c of evaluation.criteria) keyed.set(c.id, c.status)
    return keyed
  }
  const chosen = evaluation.routes.find((r) => r.id === evaluation.route)?.criteria ?? []
  for (const c of [...evaluation.criteria, ...chosen])
    if (!keyed.has(c.id === 'fact' ? `fact:${c.rule.fact}` : c.id))
      keyed.set(c.id === 'fact' ? `fact:${c.rule.fact}` : c.id, c.status)
  return keyed
}

/** Evaluates one case against its programme; undefined when it passes, otherwise a sentence saying what differed. */
export function checkProgrammeCase(programme: AnyProgramme, testCase: ProgrammeTestCase): string | undefined {
  const result = evaluateProgramme(programme, testCase.answers, testCase.asOf)
  const { expected } = testCase
  const problems: string[] = []
  if (result.outcome !== expected.outcome) problems.push(`the outcome was ${result.outcome}, not ${expected.outcome}`)
  const statuses = criterionStatusesByKey(result)
  for (const [key, status] of Object.entries(expected.criteria ?? {})) {
    const actual = statuses.get(key)
    if (actual !== status)
      problems.push(actual ? `${key} was ${actual}, not ${status}` : `${key} was not evaluated (expected ${status})`)
  }
  const route = result.engine === 'blocks' ? result.route : undefined
  if (expected.route !== undefined && route !== expected.route)
    problems.push(`the route was ${route ?? 'none'}, not ${expected.route}`)
  if (expected.factsThatMatter) {
    const matter = factsThatMatter(programme, testCase.answers, testCase.asOf)
    if (matter.join() !== expected.factsThatMatter.join())
      problems.push(`the facts that matter were [${matter.join(', ')}], not [${expected.factsThatMatter.join(', ')}]`)
  }
  if (problems.length === 0) return undefined
  return `"${testCase.name}" (${programme.id}, as of ${testCase.asOf}, version ${result.version}): ${problems.join('; ')}`
}
