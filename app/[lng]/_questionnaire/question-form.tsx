import type { TFunction } from 'i18next'

import type { Language } from '@/lib/i18n/settings'
import type { Draft } from '@/lib/questionnaire/draft'
import type { Flash } from '@/lib/questionnaire/draft-store'
import { hostParams } from '@/lib/questionnaire/explain'
import { stepNumber } from '@/lib/questionnaire/flow'
import { type BaseQuestionId, factOf, type QuestionId, type QuestionModule } from '@/lib/questionnaire/questions'
import type { Screening } from '@/lib/questionnaire/screening'

import { bodies } from './bodies'
import { Fact } from './fact'
import { QuestionShell } from './question-shell'

interface QuestionFormProps {
  lng: Language
  t: TFunction
  draft: Draft
  screening: Screening
  question: QuestionId
  asked: QuestionModule
  flash: Flash | null
  /** What "Continue" does: the server action, or answering on the device. */
  action: (formData: FormData) => Promise<void>
  backHref: string
  /** The server's "your answers were cleared" notice (the device keeps answers in the tab only). */
  expired?: boolean
  /** The device redraws the fields after an error with this key. */
  bodyKey?: string
}

/** One question with its step, errors, notices and fields, for the server's QuestionPage and the device's. */
export function QuestionForm(props: QuestionFormProps) {
  const { lng, t, draft, screening, question, flash } = props
  const errors = Object.fromEntries(
    Object.entries(flash?.errors ?? {}).map(([field, code]) => [field, t(`errors.${code}`)]),
  )
  const Body = factOf(question) ? Fact : bodies[question as BaseQuestionId]
  const reasked = draft.hostChanged && (question === 'arrival-date' || question === 'legal-status')
  return (
    <QuestionShell
      action={props.action}
      backHref={props.backHref}
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
      {props.expired && <Notice text={t('notice.expired')} testId="expired-notice" />}
      {reasked && <Notice text={t('notice.hostChanged', hostParams(t, draft.hostCountry))} testId="reasked-notice" />}
      <Body
        key={props.bodyKey}
        lng={lng}
        t={t}
        draft={draft}
        version={screening.version}
        screening={screening}
        question={props.asked}
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
