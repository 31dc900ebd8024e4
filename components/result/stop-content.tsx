import type { TFunction } from 'i18next'

import { OfficialLink } from '@/components/result/official-link'
import type { StopView } from '@/lib/questionnaire/stop'

interface StopContentProps {
  /** The questions namespace. */
  t: TFunction
  /** The results namespace. */
  r: TFunction
  view: StopView
  params: Record<string, string>
  /** The question to go back to (host country or nationality), as a path. */
  back: string
}

/** The early end of the questionnaire, drawn the same for the server's StopPage and the device's DeviceStop. */
export function StopContent({ t, r, view, params, back }: StopContentProps) {
  return (
    <>
      <a href={back} className="mb-4 inline-flex min-h-11 items-center">
        ← {t('back')}
      </a>
      <div role="status" className="mb-6 border-l-8 border-gray-700 bg-gray-100 p-4" data-testid="stop-outcome">
        <p className="text-sm font-bold tracking-wide uppercase">{t('result.title')}</p>
        <h1 className="text-2xl font-bold">{t(`stop.${view.stop}.title`, params)}</h1>
        <p className="mt-2">{t(`stop.${view.stop}.summary`, params)}</p>
        <p className="mt-2">{t('stop.ended')}</p>
      </div>
      <h2 className="mb-2 text-xl font-bold">{t('result.next')}</h2>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        {view.steps.map((step) => {
          const url = typeof step.params?.url === 'string' ? step.params.url : undefined
          return (
            <li key={step.code}>
              {r(`next.${step.code}`, params)}
              <OfficialLink url={url} />
            </li>
          )
        })}
      </ul>
      <p className="mb-6">
        <a href={back} className="inline-flex min-h-11 items-center">
          {t(`stop.${view.stop}.change`)}
        </a>
      </p>
    </>
  )
}
