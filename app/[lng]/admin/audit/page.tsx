import { requireRole } from '@/lib/auth'
import { listAudit } from '@/lib/auth/audit'
import { auditActions } from '@/lib/auth/audit-actions'
import { auditSubjectNames } from '@/lib/auth/audit-labels'
import { getT } from '@/lib/i18n/server'
import { isCalendarDay } from '@/lib/rules/calendar-day'

import { Field, Title } from '../_components/ui'
import { languageOf, one } from '../_lib/params'

function day(value: string | undefined, plus = 0): Date | undefined {
  if (!isCalendarDay(value)) return undefined
  return new Date(Date.parse(`${value}T00:00:00Z`) + plus)
}

/** Before/after as "field: value" lines (no JSON braces or quotes); nested values stay compact. */
function fields(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value)
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n')
}

export default async function AuditPage({ params, searchParams }: PageProps<'/[lng]/admin/audit'>) {
  const lng = await languageOf(params)
  await requireRole('admin', lng)
  const t = getT(lng, 'admin')
  const q = await searchParams
  const action = one(q.action)
  const filter = {
    action: auditActions.find((a) => a === action),
    actor: one(q.actor),
    from: day(one(q.from)),
    to: day(one(q.to), 86_400_000),
  }
  const events = await listAudit(filter)
  const names = await auditSubjectNames(events.map((e) => e.subject))
  const fmt = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })
  return (
    <>
      <Title>{t('audit.title')}</Title>
      <form
        method="get"
        className="mb-6 grid items-end gap-x-4 sm:grid-cols-2 lg:grid-cols-4"
        role="search"
        aria-label={t('audit.filter')}
      >
        <div className="mb-4">
          <label htmlFor="f-action" className="mb-1 block font-bold">
            {t('audit.action')}
          </label>
          <select
            id="f-action"
            name="action"
            defaultValue={filter.action ?? ''}
            className="block min-h-11 w-full rounded border-2 border-gray-700 px-2"
          >
            <option value="">{t('audit.any')}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <Field name="actor" label={t('audit.actor')} defaultValue={filter.actor} />
        <Field name="from" type="date" label={t('audit.from')} defaultValue={one(q.from)} />
        <Field name="to" type="date" label={t('audit.to')} defaultValue={one(q.to)} />
        <div className="mb-4">
          <button type="submit" className="min-h-11 rounded border-2 border-brand bg-brand px-4 font-bold text-white">
            {t('audit.apply')}
          </button>
        </div>
      </form>
      <p className="mb-2" role="status">
        {t('audit.count', { count: events.length })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('audit.title')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              {['when', 'who', 'what', 'subject', 'before', 'after'].map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`audit.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={String(e.id)} className="border-b border-gray-300 align-top">
                <td className="p-2 whitespace-nowrap">
                  <time dateTime={e.at.toISOString()}>{fmt.format(e.at)}</time>
                </td>
                <td className="p-2 break-all">{e.actorEmail ?? t('audit.nobody')}</td>
                <td className="p-2">
                  {auditActions.some((a) => a === e.action) ? t(`audit.actions.${e.action}`) : e.action}
                </td>
                <td className="p-2 break-all">{(e.subject && names.get(e.subject)) ?? e.subject}</td>
                <td className="p-2">
                  <pre className="max-w-xs font-sans break-all whitespace-pre-wrap">{fields(e.before)}</pre>
                </td>
                <td className="p-2">
                  <pre className="max-w-xs font-sans break-all whitespace-pre-wrap">{fields(e.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
