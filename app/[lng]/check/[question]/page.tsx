import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { languageOf } from '@/lib/i18n/route-language'
import { isQuestionId } from '@/lib/questionnaire/questions'

import { QuestionPage, questionTitle } from '../../_questionnaire/question-page'

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<'/[lng]/check/[question]'>): Promise<Metadata> {
  const lng = await languageOf(params)
  const { question } = await params
  if (!isQuestionId(question)) return {}
  return { title: await questionTitle(lng, question, Boolean((await searchParams).e)) }
}

export default async function CheckQuestionPage({ params, searchParams }: PageProps<'/[lng]/check/[question]'>) {
  const lng = await languageOf(params)
  const { question } = await params
  // Not notFound(): its page would reach the browser only through JavaScript (lib/http/not-found-html.ts).
  if (!isQuestionId(question)) redirect(`/${lng}/not-found`)
  const { e } = await searchParams
  return <QuestionPage lng={lng} mode="check" question={question} nonce={typeof e === 'string' ? e : undefined} />
}
