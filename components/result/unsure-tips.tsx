import type { TFunction } from 'i18next'

import type { NextStep } from '@/lib/rules/evaluation'

/** How to find out each answer the person was not sure of. */
export function UnsureTips({ t, r, tips }: { t: TFunction; r: TFunction; tips: NextStep[] }) {
  if (!tips.length) return null
  return (
    <>
      <h2 className="mt-6 mb-2 text-xl font-bold">{t('result.tips')}</h2>
      <ul className="list-disc space-y-2 pl-6" data-testid="unsure-tips">
        {tips.map((tip) => (
          <li key={tip.code}>{r(`tips.${tip.code}`)}</li>
        ))}
      </ul>
    </>
  )
}
