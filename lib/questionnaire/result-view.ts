// What a result page shows beyond the evaluation itself: whether it is about a past day and the programme is
// closed today, a day the rules confirm open (for "see the result when registration was open"), and the next
// steps in the person's language and tense, with the host country's own help once Safe Mobility is closed.
import type { Language } from '@/lib/i18n/settings'
import { type Answers } from '@/lib/rules/answers'
import { type Evaluation, type NextStep } from '@/lib/rules/evaluation'
import { lastOpenDay } from '@/lib/rules/last-open-day'
import { statusOn } from '@/lib/rules/registration'
import { type History } from '@/lib/rules/schema'

import { hostCountrySteps, inLanguage } from './host-help'
import { unsureTips } from './unsure-tips'

/** Next steps that say what to do now; on a past day's result they are told in the past tense. */
const pastTenseSteps = ['apply-online', 'opening-schedule', 'wait-for-contact', 'documents-to-have-ready']

export interface ResultView {
  /** The rules applied are those of a day before today. */
  pastDay: boolean
  /** Registration is not open today for this person (the banner on a past day's result says so). */
  closedToday: boolean
  /** For a closed result: the latest earlier day the rules confirm registration was open. */
  openDay?: string
  steps: NextStep[]
  tips: NextStep[]
}

/** The result page's view of an evaluation made with the rules of `evaluation.asOf`, seen on `today`. */
export function resultView(
  history: History,
  answers: Answers,
  evaluation: Evaluation,
  today: string,
  lng: Language,
): ResultView {
  const pastDay = evaluation.asOf < today
  const closedToday = statusOn(history, answers.hostCountry, answers.nationality, today) !== 'open'
  const registration = evaluation.criteria.find((c) => c.id === 'registration-open')
  const since = registration?.ruleValue.closedSince
  const openDay =
    evaluation.outcome === 'registration_closed' && typeof since === 'string'
      ? lastOpenDay(history, answers.hostCountry, answers.nationality, since)
      : undefined
  const told = evaluation.nextSteps.map((s) =>
    pastDay && pastTenseSteps.includes(s.code) ? { ...s, params: { ...s.params, tense: 'past' } } : s,
  )
  const steps = inLanguage(told, answers.hostCountry, lng)
  // Closed or not eligible: where to turn in the host country instead (a past day's "you may qualify" keeps its
  // own steps, in the past tense, under the banner saying the programme is closed today).
  const closedNow = evaluation.outcome === 'registration_closed' || evaluation.outcome === 'not_eligible'
  if (closedNow) {
    const help = steps.find((s) => s.code === 'unhcr-help')?.params?.url
    const extra = hostCountrySteps(
      answers.hostCountry,
      lng,
      typeof help === 'string' ? help : 'https://help.unhcr.org/',
    )
    const fraud = steps.filter((s) => s.code === 'free-of-charge')
    return {
      pastDay,
      closedToday,
      openDay,
      steps: [...steps.filter((s) => s.code !== 'free-of-charge' && s.code !== 'unhcr-help'), ...extra, ...fraud],
      tips: unsureTips(answers),
    }
  }
  return { pastDay, closedToday, openDay, steps, tips: unsureTips(answers) }
}
