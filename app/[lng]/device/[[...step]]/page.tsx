import type { Metadata } from 'next'

import { resources } from '@/lib/i18n/resources'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'

import { DeviceApp } from '../_components/device-app'

/** The namespaces the questionnaire's pages use: what the browser needs of the locale files to run it. */
const namespaces = ['common', 'questions', 'results', 'result-code', 'programmes'] as const

export async function generateMetadata({ params }: PageProps<'/[lng]/device/[[...step]]'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'questions')('start.title') }
}

/**
 * The questionnaire run in the browser: one shell page for every step (the service worker serves it for each
 * /{lng}/device/… address), carrying this language's texts; the step comes from the address.
 */
export default async function DevicePage({ params }: PageProps<'/[lng]/device/[[...step]]'>) {
  const lng = await languageOf(params)
  const texts = Object.fromEntries(namespaces.map((ns) => [ns, resources[lng]?.[ns] ?? {}]))
  return <DeviceApp lng={lng} texts={texts} startLabel={getT(lng, 'questions')('start.button')} />
}
