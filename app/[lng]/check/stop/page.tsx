import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { StopPage } from '@/components/result/stop-page'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

import { startAgain } from '../../_questionnaire/actions'

export async function generateMetadata({ params }: PageProps<'/[lng]/check/stop'>): Promise<Metadata> {
  const { lng } = await params
  return isLanguage(lng) ? { title: getT(lng, 'questions')('result.title') } : {}
}

/** "I am in another country" or "stateless or not known": the questionnaire ends here, honestly. */
export default async function CheckStopPage({ params }: PageProps<'/[lng]/check/stop'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  const t = getT(lng, 'questions')
  return (
    <StopPage
      lng={lng}
      mode="check"
      after={
        <form action={startAgain.bind(null, lng)}>
          <button type="submit" className="min-h-11 bg-green-800 px-5 font-bold text-white">
            {t('result.startAgain')}
          </button>
        </form>
      }
    />
  )
}
