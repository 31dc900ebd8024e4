import { notFound } from 'next/navigation'
import { isLanguage } from '@/lib/i18n/settings'
import { CheckAnswers } from '../_components/check-answers'

export default async function CheckAnswersPage({ params }: PageProps<'/[lng]/check/check-answers'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  return <CheckAnswers lng={lng} mode="check" />
}
