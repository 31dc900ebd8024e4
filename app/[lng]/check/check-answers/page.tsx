import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

import { CheckAnswers } from '../../_questionnaire/check-answers'

export async function generateMetadata({ params }: PageProps<'/[lng]/check/check-answers'>): Promise<Metadata> {
  const { lng } = await params
  return isLanguage(lng) ? { title: getT(lng, 'questions')('check-answers.title') } : {}
}

export default async function CheckAnswersPage({ params }: PageProps<'/[lng]/check/check-answers'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  return <CheckAnswers lng={lng} mode="check" />
}
