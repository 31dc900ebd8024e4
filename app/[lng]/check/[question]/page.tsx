import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { todayIso } from '@/lib/dates'
import { screeningHistory } from '@/lib/db/history'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'
import { versionInForce } from '@/lib/rules'
import { readDraft, readFlash } from '@/lib/questionnaire/draft-store'
import { isQuestionId, journey, nextStep, type QuestionId } from '@/lib/questionnaire/flow'
import { submitAnswer } from '../actions'
import { QuestionShell } from '../_components/question-shell'
import { HostCountry } from '../_components/host-country'
import { Nationality } from '../_components/nationality'
import { ArrivalDate } from '../_components/arrival-date'
import { LegalStatus } from '../_components/legal-status'
import { RegistrationDate } from '../_components/registration-date'
import { Adult } from '../_components/adult'
import type { QuestionProps } from '../_components/types'

const bodies: Record<QuestionId, (props: QuestionProps) => React.ReactNode> = {
  'host-country': HostCountry, nationality: Nationality, 'arrival-date': ArrivalDate,
  'legal-status': LegalStatus, 'registration-date': RegistrationDate, adult: Adult,
}

export async function generateMetadata({ params, searchParams }: PageProps<'/[lng]/check/[question]'>): Promise<Metadata> {
  const { lng, question } = await params
  if (!isLanguage(lng) || !isQuestionId(question)) return {}
  const t = getT(lng, 'questions')
  const { hostCountry } = await readDraft()
  const title = t(`${question}.title`, hostCountry ? { country: t(`host-country.options.${hostCountry}`), inCountry: t(`inCountry.${hostCountry}`) } : {})
  // After a failed submission the title says so first, as screen readers announce it (GOV.UK pattern).
  return { title: (await searchParams).e ? `${t('errorTitle')}: ${title}` : title }
}

export default async function QuestionPage({ params, searchParams }: PageProps<'/[lng]/check/[question]'>) {
  const { lng, question } = await params
  if (!isLanguage(lng) || !isQuestionId(question)) notFound()
  const draft = await readDraft()
  const version = versionInForce(await screeningHistory(), draft.asOf ?? todayIso())
  const steps = journey(draft, version)
  const index = steps.indexOf(question)
  // A question is shown only once the answers it builds on are there (e.g. nationality needs the country).
  const first = nextStep(draft, version)
  const reachable = index >= 0 && (first === 'check-answers' || index <= steps.indexOf(first))
  if (!reachable) redirect(`/${lng}/check/${first}`)

  const t = getT(lng, 'questions')
  const { e } = await searchParams
  const flash = await readFlash(question, typeof e === 'string' ? e : undefined)
  const errors = Object.fromEntries(Object.entries(flash?.errors ?? {}).map(([field, code]) => [field, t(`errors.${code}`)]))
  const Body = bodies[question]
  const backHref = index === 0 ? `/${lng}` : `/${lng}/check/${steps[index - 1]}`
  return (
    <QuestionShell action={submitAnswer.bind(null, lng, question)} backHref={backHref}
      errors={Object.entries(errors).map(([field, text]) => ({ field, text }))}
      texts={{ back: t('back'), step: t('step', { n: index + 1, total: steps.length }), continue: t('continue'), errorTitle: t('errorTitle') }}
      extra={question === 'arrival-date' && (
        <button type="submit" name="arrival-unsure" value="1" className="underline text-brand min-h-11 px-2">
          {t('arrival-date.unsure')}
        </button>
      )}>
      <Body lng={lng} t={t} draft={draft} version={version} flash={flash} errors={errors} />
    </QuestionShell>
  )
}
