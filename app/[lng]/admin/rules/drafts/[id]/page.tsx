import type { TFunction } from 'i18next'
import { notFound } from 'next/navigation'

import { getDraft } from '@/lib/admin/drafts'
import { formItems, type Item } from '@/lib/admin/items'
import { requireRole } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import { hostCountries, type HostCountry } from '@/lib/rules/answers'

import { Notice, Submit, Title } from '../../../_components/ui'
import { languageOf, one } from '../../../_lib/params'
import { ItemFieldset } from '../../_components/item-fieldset'
import { codeName, pathText } from '../../_components/path-text'
import { draftStatus } from '../../_lib/draft-status'
import { discard, saveDraftForm } from '../../actions'

// Legends name what they edit ("Arrival cutoff for Cuba"), as the error summary does, not the stored code.
function legendOf(t: TFunction, lng: Language, item: Item, rules: unknown): string {
  const n = Number(item.path.split('.')[1]) + 1
  const code =
    item.kind === 'cutoff'
      ? (rules as { nationalities: { code: string }[] }).nationalities[n - 1]?.code
      : item.value.code
  return t(`items.${item.kind}`, { n, code: codeName(lng, typeof code === 'string' ? code : undefined) })
}

const sections = [
  { id: 'registrationPeriods', kinds: ['period'], add: 'registrationPeriods' },
  { id: 'nationalities', kinds: ['nationality', 'cutoff'], add: 'nationalities' },
  { id: 'legalStatus-anyOf', kinds: ['legal-status', 'status'], add: 'legalStatus.anyOf' },
  { id: 'minimumAge', kinds: ['age'] },
] as const

export default async function DraftPage({ params, searchParams }: PageProps<'/[lng]/admin/rules/drafts/[id]'>) {
  const lng = await languageOf(params)
  await requireRole('editor', lng)
  const { id } = await params
  const draft = await getDraft(id)
  if (!draft) notFound()
  const t = getT(lng, 'admin')
  const q = await searchParams
  const country: HostCountry = hostCountries.find((c) => c === one(q.country)) ?? 'CO'
  const rules = (draft.document as { countries: Record<string, unknown> }).countries[country]
  const status = draftStatus(draft)
  const errors = new Map<string, string>()
  for (const [path, code] of status.errors) if (path.startsWith(`${country}.`)) errors.set(path.slice(3), code)
  for (const path of status.unverified)
    if (path.startsWith(`${country}.`)) errors.set(`${path.slice(3)}.verifiedOn`, 'not_reverified')
  const items = formItems(rules)
  // An approved draft can still be edited; saving it voids the approval (lib/admin/approval.ts).
  const open = draft.status === 'open' || draft.status === 'approved'
  return (
    <>
      <Title>{t('draft.title', { note: draft.note || t('rules.untitled') })}</Title>
      <p className="mb-2">{t('draft.meta', { base: draft.baseVersionId, email: draft.authorEmail })}</p>
      {draft.status === 'approved' && <Notice kind="error">{t('draft.approved_warning')}</Notice>}
      {!open && <Notice kind="error">{t('draft.closed', { status: t(`draft.statuses.${draft.status}`) })}</Notice>}
      {one(q.done) === 'saved' && <Notice kind="success">{t('draft.saved')}</Notice>}
      {(status.errors.size > 0 || status.unverified.length > 0) && (
        <div role="alert" className="mb-4 border-l-8 border-red-800 bg-red-50 p-3">
          <p className="font-bold">{t('draft.problems', { count: status.errors.size + status.unverified.length })}</p>
          <ul className="list-disc pl-6">
            {[
              ...status.errors.entries(),
              ...status.unverified.map((p) => [`${p}.verifiedOn`, 'not_reverified'] as const),
            ]
              .slice(0, 20)
              .map(([p, code]) => {
                // Names, not paths: "Colombia · Arrival cutoff for Venezuela · Verified on: <what to do>".
                const text = `${pathText(t, lng, draft.document, p)}: ${t(`validation.${code}`, { defaultValue: t('validation.invalid') })}`
                return (
                  <li key={p}>
                    {p.startsWith(`${country}.`) ? (
                      <a href={`#f-${p.slice(3).replace(/\./g, '-')}`}>{text}</a>
                    ) : (
                      <a
                        href={`/${lng}/admin/rules/drafts/${id}?country=${p.slice(0, 2)}#f-${p.slice(3).replace(/\./g, '-')}`}
                      >
                        {text}
                      </a>
                    )}
                  </li>
                )
              })}
          </ul>
        </div>
      )}
      <p className="mb-4">
        <a href={`/${lng}/admin/rules/drafts/${id}/review`} className="font-bold">
          {t('draft.to_review')}
        </a>
      </p>
      <nav aria-label={t('draft.countries')} className="mb-4 flex flex-wrap gap-2">
        {hostCountries.map((c) => (
          <a
            key={c}
            href={`/${lng}/admin/rules/drafts/${id}?country=${c}`}
            aria-current={c === country ? 'page' : undefined}
            className={`inline-block min-h-11 rounded border-2 border-brand px-3 py-2 ${c === country ? 'bg-brand text-white' : ''}`}
          >
            {t(`countries.${c}`)}
          </a>
        ))}
      </nav>
      <p className="mb-4 text-sm">{t('draft.save_before_switching')}</p>
      {open ? (
        <form action={saveDraftForm.bind(null, lng, id, country)}>
          <div className="mb-6">
            <label htmlFor="f-note" className="mb-1 block font-bold">
              {t('draft.note')}
            </label>
            <p id="f-note-hint" className="mb-1 text-sm text-gray-700">
              {t('draft.note_hint')}
            </p>
            <textarea
              id="f-note"
              name="note"
              defaultValue={draft.note}
              rows={3}
              aria-describedby="f-note-hint"
              className="block w-full rounded border-2 border-gray-700 px-3 py-2"
            />
          </div>
          {/* First submit button of the form: pressing Enter in a field saves (not "add"). */}
          <div className="mb-6">
            <Submit>{t('draft.save')}</Submit>
          </div>
          <h2 className="mb-4 text-xl font-bold">{t('draft.country_rules', { country: t(`countries.${country}`) })}</h2>
          {sections.map((s) => (
            <section key={s.id} id={s.id} aria-labelledby={`h-${s.id}`} className="mb-6">
              <h3 id={`h-${s.id}`} className="mb-2 text-lg font-bold">
                {t(`sections.${s.id}`)}
              </h3>
              {/* A problem of the whole list (overlapping periods, a duplicate) has no field of its own. */}
              {'add' in s && errors.has(s.add) && (
                <p className="mb-2 font-bold text-red-800">
                  {t(`validation.${errors.get(s.add)}`, { defaultValue: t('validation.invalid') })}
                </p>
              )}
              {items
                .filter((i) => (s.kinds as readonly string[]).includes(i.kind))
                .map((item) => (
                  <ItemFieldset
                    key={item.path}
                    t={t}
                    item={item}
                    legend={legendOf(t, lng, item, rules)}
                    errors={errors}
                  />
                ))}
              {'add' in s && (
                <Submit name="add" value={s.add} variant="secondary">
                  {t(`draft.add.${s.id}`)}
                </Submit>
              )}
            </section>
          ))}
          <div className="sticky bottom-0 border-t-2 border-gray-300 bg-white py-3">
            <Submit>{t('draft.save')}</Submit>
          </div>
        </form>
      ) : null}
      {open && (
        <form action={discard.bind(null, lng, id)} className="mt-8">
          <Submit variant="danger">{t('draft.discard')}</Submit>
        </form>
      )}
    </>
  )
}
