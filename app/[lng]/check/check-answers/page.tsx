import type { Metadata } from 'next'

import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'

import { CheckAnswers } from '../../_questionnaire/check-answers'

export async function generateMetadata({ params }: PageProps<'/[lng]/check/check-answers'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'questions')('check-answers.title') }
}

export default async function CheckAnswersPage({ params }: PageProps<'/[lng]/check/check-answers'>) {
  const lng = await languageOf(params)
  return <CheckAnswers lng={lng} mode="check" />
}
