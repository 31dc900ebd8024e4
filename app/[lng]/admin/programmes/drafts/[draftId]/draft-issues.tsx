// What is not valid yet in a programme draft: zod's codes with where they are, and values changed without a
// fresh "verified on" day.
import type { TFunction } from 'i18next'

import { Notice } from '../../../_components/ui'

/** The list of problems, or nothing when there are none. */
export function DraftIssues({
  t,
  issues,
  unverified,
}: {
  t: TFunction
  issues: { path: PropertyKey[]; message: string }[]
  unverified: string[]
}) {
  if (!issues.length && !unverified.length) return null
  return (
    <Notice kind="error">
      <p>{t('programmes.form.issues')}</p>
      <ul className="list-disc pl-6 font-normal break-all" data-testid="draft-issues">
        {issues.slice(0, 50).map((i, k) => (
          <li key={k}>
            <code>{i.path.map(String).join('.') || '—'}</code>: {i.message}
          </li>
        ))}
        {unverified.map((p) => (
          <li key={p}>
            <code>{p}</code>: {t('review.problems.unverified')}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
