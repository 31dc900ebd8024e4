'use client'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets the tab's title as the server's pages do: the page's own title, then the app's name. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation('common')
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`
  }, [title, t])
}
