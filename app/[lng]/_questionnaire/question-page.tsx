import { redirect } from 'next/navigation'

import { screeningHistory } from '@/lib/db/history'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { answersExpired, readDraft, readFlash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { journey, nextStep, type QuestionId, stepNumber } from '@/lib/questionnaire/flow'
import { type Mode, startPath, stepPath } from '@/lib/questionnaire/mode'
import { todayIso } from '@/lib/rules/dates'
import { versionInForce } from '@/lib/rules/history'

import { submitAnswer } from './actions'
import { Adult } from './adult'
import { ArrivalDate } from './arrival-date'
import { HostCountry } from './host-country'
import { LegalStatus } from './legal-status'
import { Nationality } from './nationality'
import { QuestionShell } from './question-shell'
import { RegistrationDate } from './registration-date'
import type { QuestionProps } from './types'

const bodies: Record<QuestionId, (props: QuestionProps) => React.ReactNode> = {
  'host-country': HostCountry,
  nationality: Nationality,
  'arrival-date': ArrivalDate,
  'legal-status': LegalStatus,
  'registration-date': RegistrationDate,
  adult: Adult,
}

/** The page title of a question: the question itself, after "There is a problem" when the page shows errors. */
export async function questionTitle(lng: Language, question: QuestionId, hasErrors: boolean): Promise<string> {
  const t = getT(lng, 'questions')
  const { hostCountry } = await readDraft()
  const title = t(`${question}.title`, hostParams(t, hostCountry))
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
  const version = versionInForce(await screeningHistory(), draft.asOf ?? todayIso())
  const steps = journey(draft, version)
  const index = steps.indexOf(question)
  // A question is shown only once the answers it builds on are there (e.g. nationality needs the country).
  const first = nextStep(draft, version)
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
  const Body = bodies[question]
  const previous = steps[index - 1]
  return (
    <QuestionShell
      action={submitAnswer.bind(null, mode, lng, question)}
      backHref={previous ? stepPath(lng, mode, previous) : startPath(lng, mode)}
      errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
      texts={{
        back: t('back'),
        step: t('step', stepNumber(draft, version, question)),
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
      <Body lng={lng} t={t} draft={draft} version={version} flash={flash} errors={errors} />
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
