import { notFound } from 'next/navigation'
import { isLanguage } from '@/lib/i18n/settings'
import { isQuestionId } from '@/lib/questionnaire/flow'
import { QuestionPage } from '../_components/question-page'

export default async function CheckQuestionPage({ params, searchParams }: PageProps<'/[lng]/check/[question]'>) {
  const { lng, question } = await params
  if (!isLanguage(lng) || !isQuestionId(question)) notFound()
  const { e } = await searchParams
  return <QuestionPage lng={lng} mode="check" question={question} nonce={typeof e === 'string' ? e : undefined} />
}
