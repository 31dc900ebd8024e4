import type { TFunction } from 'i18next'

import type { Evaluation } from '@/lib/rules/evaluation'

/** An evaluation as admins read it: outcome, version, and each criterion with the rule value it used. */
export function EvaluationView({ t, evaluation }: { t: TFunction; evaluation: Evaluation }) {
  return (
    <div className="mb-4 border-2 border-gray-300 p-4" data-testid="evaluation">
      <p className="text-lg font-bold">
        {t(`outcomes.${evaluation.outcome}`)} <code className="text-sm font-normal">({evaluation.outcome})</code>
      </p>
      <p className="mb-2">{t('preview.version', { version: evaluation.rulesVersion, asOf: evaluation.asOf })}</p>
      <ul className="list-disc pl-6">
        {evaluation.criteria.map((c) => (
          <li key={c.id}>
            <code>{c.id}</code>: {t(`criteria.${c.status}`)}{' '}
            <code className="text-sm break-all">{JSON.stringify(c.ruleValue)}</code>
          </li>
        ))}
      </ul>
    </div>
  )
}
