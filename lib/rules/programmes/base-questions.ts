// Which of the shared questions (arrival date, legal status, age) can change a block programme's outcome on a
// day, given the other answers: it tries the answers that sit on each side of every edge the version names.
import type { AnswerDate, Answers, StatusAnswer } from '../answers'
import { addDays } from '../dates'
import type { DateWindow } from './blocks'
import { type AnyProgramme, evaluateProgramme } from './evaluate'
import { allBlocks } from './programme'
import { programmeVersionOn } from './registration'

const baseQuestions = ['arrival-date', 'legal-status', 'age'] as const
export type BaseQuestion = (typeof baseQuestions)[number]

const edges = (w: DateWindow): string[] =>
  [w.from, w.until].flatMap((d) => (d ? [addDays(d, -1), d, addDays(d, 1)] : []))

/**
 * The shared questions whose answer can change this programme's outcome on `asOf` (facts as answered so far).
 * Safe Mobility keeps the questionnaire's own lookups, so it gives none here.
 */
export function baseQuestionsThatMatter(programme: AnyProgramme, answers: Answers, asOf: string): BaseQuestion[] {
  if (programme.engine !== 'blocks') return []
  const blocks = allBlocks(programmeVersionOn(programme, asOf))
  const arrivals: (AnswerDate | undefined)[] = [undefined, 'unsure', '2000-01-01', asOf]
  const statuses: StatusAnswer[][] = [[], [{ code: 'none' }], [{ code: 'unsure' }]]
  for (const b of blocks) {
    if (b.id === 'arrival') arrivals.push(...edges(b.window))
    if (b.id === 'legal-status-none-of') statuses.push(...b.noneOf.map((s) => [{ code: s.code }]))
    if (b.id === 'registration')
      for (const p of b.periods) statuses.push(...(p.statuses ?? []).map((code) => [{ code }]))
    if (b.id === 'legal-status-any-of')
      for (const s of b.anyOf)
        statuses.push(
          [{ code: s.code }],
          ...(s.registered ? edges(s.registered) : []).map((since) => [{ code: s.code, since }]),
        )
  }
  const varies = (variants: Answers[]) =>
    new Set(variants.map((a) => evaluateProgramme(programme, a, asOf).outcome)).size > 1
  const withArrival = (arrivalDate: AnswerDate | undefined): Answers => {
    const variant: Answers = { ...answers, arrivalDate }
    if (arrivalDate === undefined) delete variant.arrivalDate
    return variant
  }
  const matters: Record<BaseQuestion, boolean> = {
    'arrival-date': varies(arrivals.map(withArrival)),
    'legal-status': varies(statuses.map((s) => ({ ...answers, statuses: s }))),
    age: varies((['yes', 'no', 'unsure'] as const).map((adult) => ({ ...answers, adult }))),
  }
  return baseQuestions.filter((q) => matters[q])
}
