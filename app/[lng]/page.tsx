import { notFound } from 'next/navigation'
import { ErrorSummary } from '@/components/ui/error-summary'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'
import { readFlash } from '@/lib/questionnaire/draft-store'
import { retentionMonths } from '@/lib/outcomes/retention'
import { startScreening } from './check/actions'
import { AsOfField } from './check/_components/as-of-field'

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
        <AsOfField t={t} error={asOfError} value={flash?.values.asOf?.toString()} />
        <button type="submit" className="bg-green-800 text-white font-bold px-6 min-h-11 text-xl">{t('start.button')} →</button>
      </form>
    </>
  )
}
