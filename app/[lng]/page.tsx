import { notFound } from 'next/navigation'
import { ErrorSummary } from '@/components/ui/error-summary'
import { FieldError } from '@/components/ui/field-error'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'
import { readFlash } from '@/lib/questionnaire/draft-store'
import { retentionMonths } from '@/lib/outcomes/retention'
import { startScreening } from './check/actions'

export default async function StartPage({ params, searchParams }: PageProps<'/[lng]'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  const t = getT(lng, 'questions')
  const { e } = await searchParams
  const flash = await readFlash('start', typeof e === 'string' ? e : undefined)
  const asOfError = flash?.errors.asOf ? t(`errors.${flash.errors.asOf}`) : undefined
  return (
    <>
      {asOfError && <ErrorSummary title={t('errorTitle')} errors={[{ field: 'asOf', text: asOfError }]} />}
      <h1 className="text-3xl font-bold mb-4">{t('start.title')}</h1>
      <p className="text-lg mb-4">{t('start.lead')}</p>
      <p className="mb-6 border-l-4 border-brand pl-3">{t('start.ended')}</p>
      <h2 className="text-xl font-bold mb-2">{t('start.what')}</h2>
      <ul className="list-disc pl-6 mb-4 space-y-1">
        {(t('start.points', { returnObjects: true }) as string[]).map((p) => <li key={p}>{p}</li>)}
      </ul>
      <h2 className="text-xl font-bold mb-2">{t('start.asked')}</h2>
      <ul className="list-disc pl-6 mb-4 space-y-1">
        {(t('start.questions', { returnObjects: true }) as string[]).map((p) => <li key={p}>{p}</li>)}
      </ul>
      <p className="mb-2">{t('start.privacy', { months: retentionMonths() })}</p>
      <p className="mb-6"><a href={`/${lng}/privacy`}>{t('start.privacyLink')}</a></p>
      <form action={startScreening.bind(null, lng)} noValidate className="space-y-4">
        <details open={Boolean(asOfError)} className="mb-2">
          <summary className="cursor-pointer min-h-11 py-2 underline text-brand">{t('start.asOf.summary')}</summary>
          <div className="mt-2">
            <label htmlFor="asOf" className="block font-medium">{t('start.asOf.label')}</label>
            <p id="asOf-hint" className="text-gray-700 text-sm">{t('start.asOf.hint')}</p>
            <FieldError id="asOf-error" text={asOfError} />
            <input id="asOf" name="asOf" type="date" defaultValue={flash?.values.asOf?.toString()}
              aria-describedby={asOfError ? 'asOf-hint asOf-error' : 'asOf-hint'}
              className="border-2 border-gray-800 min-h-11 px-2 text-lg" />
          </div>
        </details>
        <button type="submit" className="bg-green-800 text-white font-bold px-6 min-h-11 text-xl">{t('start.button')} →</button>
      </form>
    </>
  )
}
