import { notFound } from 'next/navigation'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

export default async function StartPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params
  if (!isLanguage(lng)) notFound()
  const t = getT(lng)
  return (
    <>
      <h1 className="text-2xl font-bold mb-4">{t('app.title')}</h1>
      <p>{t('app.description')}</p>
    </>
  )
}
