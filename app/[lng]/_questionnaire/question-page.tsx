import { redirect } from 'next/navigation'

import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { answersExpired, readDraft, readFlash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { journey, nextStep, questionModuleOf } from '@/lib/questionnaire/flow'
import { type Mode, startPath, stepPath } from '@/lib/questionnaire/mode'
import { type QuestionId, questionModule } from '@/lib/questionnaire/questions'

import { submitAnswer } from './actions'
import { QuestionForm } from './question-form'

/** The page title of a question: the question itself, after "There is a problem" when the page shows errors. */
export async function questionTitle(lng: Language, question: QuestionId, hasErrors: boolean): Promise<string> {
  const t = getT(lng, 'questions')
  const draft = await readDraft()
  const wording = questionModule(question, (await screeningFor(draft)).programmes)?.question
  const title = wording ? wording[lng] : t(`${question}.title`, hostParams(t, draft.hostCountry))
  // After a failed submission the title says so first, as screen readers announce it (GOV.UK pattern).
  return hasErrors ? `${t('errorTitle')}: ${title}` : title
}

/** One question with its back link, step, errors and form; the same for the public check and assisted mode. */
export async function QuestionPage({
  lng,
  mode,
  question,
  nonce,
}: {
  lng: Language
  mode: Mode
  question: QuestionId
  nonce?: string
}) {
  const draft = await readDraft()
  const screening = await screeningFor(draft)
  const steps = journey(draft, screening)
  const index = steps.indexOf(question)
  // A question is shown only once the answers it builds on are there (e.g. nationality needs the country); a
  // fact is shown only while it can change an outcome.
  const first = nextStep(draft, screening)
  const done = first === 'check-answers' || first === 'stop'
  const reachable = index >= 0 && (done || index <= steps.indexOf(first))
  if (!reachable) redirect(stepPath(lng, mode, first))
  const expired = question === 'host-country' && !draft.hostCountry && !draft.elsewhere && (await answersExpired())
  const t = getT(lng, 'questions')
  const flash = await readFlash(question, nonce)
  const previous = steps[index - 1]
  return (
    <QuestionForm
      lng={lng}
      t={t}
      draft={draft}
      screening={screening}
      question={question}
      asked={questionModuleOf(question, screening)}
      flash={flash}
      action={submitAnswer.bind(null, mode, lng, question)}
      backHref={previous ? stepPath(lng, mode, previous) : startPath(lng, mode)}
      expired={expired}
    />
  )
}
