'use client'
import { useTranslation } from 'react-i18next'

/** The result code once the outcome is stored; until then, that it will appear (it waits on the device). */
export function ResultCode({ lng, code }: { lng: string; code?: string }) {
  const { t } = useTranslation('questions')
  const { t: c } = useTranslation('result-code')
  if (!code)
    return (
      <p role="status" className="mt-6 mb-4" data-testid="code-pending">
        {t('result.codePending')}
      </p>
    )
  return (
    <div role="status" data-testid="result-code">
      <p className="mt-6 font-bold">{t('result.code', { code })}</p>
      <p className="text-sm text-gray-700">{t('result.codeHint')}</p>
      <p className="mb-4 print:hidden">
        <a href={`/${lng}/r/${code}`} className="inline-flex min-h-11 items-center">
          {c('link')}
        </a>
      </p>
    </div>
  )
}
