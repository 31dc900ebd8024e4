import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

import { requireDevice } from '../_lib/gate'

export async function generateMetadata({ params }: PageProps<'/[lng]/assisted/next'>): Promise<Metadata> {
  const { lng } = await params
  if (!isLanguage(lng)) return {}
  const device = await requireDevice(lng)
  return { title: getT(device.volunteerLng, 'assisted')('confirm.title') }
}

/** Only assisted pages are places to go back to ("", "/result", "/legal-status", …). */
const backPath = (from: unknown) => (typeof from === 'string' && /^(\/[a-z-]+)?$/.test(from) ? from : '')

/** "Next person?": deleting a screening takes a second, deliberate tap (or the way back to it). */
export default async function ConfirmNextPersonPage({ params, searchParams }: PageProps<'/[lng]/assisted/next'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  const device = await requireDevice(lng)
  const v = getT(device.volunteerLng, 'assisted')
  const back = `/${lng}/assisted${backPath((await searchParams).from)}`
  return (
    <div lang={device.volunteerLng}>
      <h1 className="mb-4 text-2xl font-bold">{v('confirm.title')}</h1>
      <p className="mb-6">{v('confirm.body')}</p>
      <div className="flex flex-wrap items-center gap-4">
        <form method="post" action={`/${lng}/assisted/next-person`}>
          <button type="submit" className="min-h-11 rounded bg-green-800 px-5 font-bold text-white">
            {v('confirm.yes')}
          </button>
        </form>
        <a href={back} className="inline-flex min-h-11 items-center">
          {v('confirm.no')}
        </a>
      </div>
    </div>
  )
}
