import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { StopPage } from '@/components/result/stop-page'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

import { AssistedFrame } from '../_components/assisted-frame'
import { requireDevice } from '../_lib/gate'

export async function generateMetadata({ params }: PageProps<'/[lng]/assisted/stop'>): Promise<Metadata> {
  const { lng } = await params
  return isLanguage(lng) ? { title: getT(lng, 'questions')('result.title') } : {}
}

/** The early end of an assisted screening; "Next person" sits in the assisted bar as on every page. */
export default async function AssistedStopPage({ params }: PageProps<'/[lng]/assisted/stop'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  const device = await requireDevice(lng)
  return (
    <AssistedFrame lng={lng} device={device} path="/stop">
      <StopPage lng={lng} mode="assisted" />
    </AssistedFrame>
  )
}
