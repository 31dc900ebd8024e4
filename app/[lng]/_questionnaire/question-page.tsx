import { redirect } from 'next/navigation'

import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { screeningFor } from '@/lib/questionnaire/current-screening'
import { answersExpired, readDraft, readFlash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { journey, nextStep, questionModuleOf, stepNumber } from '@/lib/questionnaire/flow'
import { type Mode, startPath, stepPath } from '@/lib/questionnaire/mode'
import { type BaseQuestionId, factOf, type QuestionId, questionModule } from '@/lib/questionnaire/questions'

import { submitAnswer } from './actions'
import { bodies } from './bodies'
import { Fact } from './fact'
import { QuestionShell } from './question-shell'

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
  const { version } = screening
  const steps = journey(draft, screening)
  const index = steps.indexOf(question)
  // A question is shown only once the answers it builds on are there (e.g. nationality needs the country); a
  // fact is shown only while it can change an outcome.
  const first = nextStep(draft, screening)
  const done = first === 'check-answers' || first === 'stop'
  const reachable = index >= 0 && (done || index <= steps.indexOf(first))
  if (!reachable) redirect(stepPath(lng, mode, first))
  const expired = question === 'host-country' && !draft.hostCountry && !draft.elsewhere && (await answersExpired())
  const reasked = draft.hostChanged && (question === 'arrival-date' || question === 'legal-status')

  const t = getT(lng, 'questions')
  const flash = await readFlash(question, nonce)
  const errors = Object.fromEntries(
    Object.entries(flash?.errors ?? {}).map(([field, code]) => [field, t(`errors.${code}`)]),
  )
  const Body = factOf(question) ? Fact : bodies[question as BaseQuestionId]
  const previous = steps[index - 1]
  return (
    <QuestionShell
      action={submitAnswer.bind(null, mode, lng, question)}
      backHref={previous ? stepPath(lng, mode, previous) : startPath(lng, mode)}
      errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
      texts={{
        back: t('back'),
        step: t('step', stepNumber(draft, screening, question)),
        continue: t('continue'),
        errorTitle: t('errorTitle'),
      }}
      extra={
        question === 'arrival-date' && (
          <button type="submit" name="arrival-unsure" value="1" className="min-h-11 px-2 text-brand underline">
            {t('arrival-date.unsure')}
          </button>
        )
      }
    >
      {expired && <Notice text={t('notice.expired')} testId="expired-notice" />}
      {reasked && <Notice text={t('notice.hostChanged', hostParams(t, draft.hostCountry))} testId="reasked-notice" />}
      <Body
        lng={lng}
        t={t}
        draft={draft}
        version={version}
        screening={screening}
        question={questionModuleOf(question, screening)}
        flash={flash}
        errors={errors}
      />
    </QuestionShell>
  )
}

function Notice({ text, testId }: { text: string; testId: string }) {
  return (
    <p role="status" data-testid={testId} className="border-l-4 border-brand bg-blue-50 p-3">
      {text}
    </p>
  )
}
