import type { Metadata } from 'next'

import { languageOf } from '@/lib/i18n/route-language'
import { getT } from '@/lib/i18n/server'
import { retentionMonths } from '@/lib/outcomes/retention'

// The retention period comes from OUTCOME_RETENTION_MONTHS at run time, so the page says what this server does.
export const dynamic = 'force-dynamic'

const keptItems = [
  'day',
  'asOf',
  'country',
  'arrival',
  'statuses',
  'adult',
  'outcome',
  'rulesVersion',
  'programmes',
  'language',
  'channel',
  'code',
] as const

export async function generateMetadata({ params }: PageProps<'/[lng]/privacy'>): Promise<Metadata> {
  const lng = await languageOf(params)
  return { title: getT(lng, 'privacy')('meta.title') }
}

/** What is kept about a screening, why and for how long (docs/decisions/0005-outcome-storage.md), in the page's language. */
export default async function PrivacyPage({ params }: PageProps<'/[lng]/privacy'>) {
  const lng = await languageOf(params)
  const t = getT(lng, 'privacy')
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2 className="text-xl font-bold">{t('kept.heading')}</h2>
      <ul className="list-disc space-y-2 pl-6">
        {keptItems.map((item) => (
          <li key={item}>{t(`kept.${item}`)}</li>
        ))}
      </ul>
      <h2 className="text-xl font-bold">{t('never.heading')}</h2>
      <p>{t('never.body')}</p>
      <h2 className="text-xl font-bold">{t('why.heading')}</h2>
      <ul className="list-disc space-y-2 pl-6">
        <li>{t('why.statistics')}</li>
        <li>{t('why.rules')}</li>
        <li>{t('why.code')}</li>
      </ul>
      <h2 className="text-xl font-bold">{t('howLong.heading')}</h2>
      <p>{t('howLong.body', { count: retentionMonths() })}</p>
      <h2 className="text-xl font-bold">{t('outbox.heading')}</h2>
      <p>{t('outbox.body')}</p>
    </article>
  )
}
