import type { Metadata } from 'next'

import { ErrorSummary } from '@/components/ui/error-summary'
import { currentDevice } from '@/lib/assisted/device'
import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { languageNames, languages } from '@/lib/i18n/settings'
import { readFlash } from '@/lib/questionnaire/draft-store'

import { AsOfField } from '../_questionnaire/as-of-field'
import { AssistedFrame } from './_components/assisted-frame'
import { UnlockForm } from './_components/unlock-form'
import { changeVolunteerLanguage, startAssisted } from './actions'

export async function generateMetadata({ params }: PageProps<'/[lng]/assisted'>): Promise<Metadata> {
  const lng = await languageOf(params)
  const device = await currentDevice()
  const title = device ? getT(device.volunteerLng, 'assisted')('home.title') : getT(lng, 'assisted')('unlock.title')
  return { title, robots: { index: false, follow: false } }
}

export default async function AssistedHome({ params, searchParams }: PageProps<'/[lng]/assisted'>) {
  const lng = await languageOf(params)
  const { e, next } = await searchParams
  const device = await currentDevice()
  if (!device) {
    const flash = await readFlash('unlock', typeof e === 'string' ? e : undefined)
    return <UnlockForm lng={lng} error={flash?.errors.code} />
  }
  const v = getT(device.volunteerLng, 'assisted')
  const q = getT(device.volunteerLng, 'questions')
  const flash = await readFlash('assisted-start', typeof e === 'string' ? e : undefined)
  const asOfError = flash?.errors.asOf ? q(`errors.${flash.errors.asOf}`) : undefined
  return (
    <AssistedFrame lng={lng} device={device} path="">
      <div lang={device.volunteerLng} className="max-w-2xl">
        {next === '1' && (
          <p role="status" className="mb-4 border-l-8 border-green-800 bg-green-50 p-3">
            {v('home.wiped')}
          </p>
        )}
        {asOfError && <ErrorSummary title={q('errorTitle')} errors={[{ field: 'asOf', text: asOfError }]} />}
        <h1 className="mb-4 text-2xl font-bold">{v('home.title')}</h1>
        <ol className="mb-6 list-decimal space-y-2 pl-6">
          {(v('home.steps', { returnObjects: true }) as string[]).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <form action={startAssisted.bind(null, lng)} noValidate className="mb-8 space-y-4">
          <AsOfField t={q} error={asOfError} value={flash?.values.asOf?.toString()} />
          <button type="submit" className="min-h-11 bg-green-800 px-5 text-lg font-bold text-white">
            {v('home.start')}
          </button>
        </form>
        <form action={changeVolunteerLanguage.bind(null, lng)} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="volunteerLng" className="mb-1 block font-bold">
              {v('unlock.volunteerLanguage')}
            </label>
            <select
              id="volunteerLng"
              name="volunteerLng"
              defaultValue={device.volunteerLng}
              className="min-h-11 rounded border-2 border-gray-700 px-3"
            >
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="min-h-11 rounded border-2 border-brand bg-white px-3 font-bold text-brand">
            {v('home.changeLanguage')}
          </button>
        </form>
      </div>
    </AssistedFrame>
  )
}
