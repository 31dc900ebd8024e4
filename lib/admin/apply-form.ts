// Turns the submitted draft form of one host country into new rules (validated afterwards by ruleSetSchema).
import { fieldsOf, type FieldSpec, getPath, itemsOf, provenanceFields } from './items'

export type Lists = 'registrationPeriods' | 'nationalities' | 'legalStatus.anyOf'

/** A new, empty item for a list: invalid until the editor fills in its values and its source. */
function blankItem(list: Lists, today: string): Record<string, unknown> {
  const provenance = { source: { url: '', title: '' }, verifiedOn: today }
  if (list === 'registrationPeriods') return { status: 'open', from: today, ...provenance }
  if (list === 'nationalities') return { code: '', ...provenance }
  return { code: 'ppt', ...provenance }
}

function setField(item: Record<string, unknown>, spec: FieldSpec, raw: string | undefined): void {
  const value = (raw ?? '').trim()
  if (spec.key.startsWith('source.')) {
    const source = { ...((item.source as Record<string, unknown> | undefined) ?? {}) }
    source[spec.key.slice(7)] = value
    item.source = source
    return
  }
  const optional = ['optional-date', 'optional-text', 'codes', 'status-codes', 'bool'].includes(spec.type)
  if (optional && (value === '' || (spec.type === 'bool' && value !== 'on'))) {
    delete item[spec.key]
    return
  }
  if (spec.type === 'bool') item[spec.key] = true
  else if (spec.type === 'int') item[spec.key] = /^\d+$/.test(value) ? Number(value) : value
  else if (spec.type === 'codes' || spec.type === 'status-codes')
    // Country codes are upper case; status codes stay as sent, so a code not offered fails validation.
    item[spec.key] = (spec.type === 'codes' ? value.toUpperCase() : value).split(/[\s,;]+/).filter(Boolean)
  else item[spec.key] = spec.key === 'code' && spec.type === 'text' ? value.toUpperCase() : value
}

/**
 * Applies form fields named `<item path>.<field>` to a copy of `rules`. An item is edited only when its
 * marker field `<item path>._shown` was on the form (unchecked boxes send nothing). A nationality's cutoff
 * is removed when its date is left empty and added when one is typed.
 */
export function applyForm(
  rules: unknown,
  form: Map<string, string>,
  remove: string[] = [],
  add?: { list: Lists; today: string },
): unknown {
  const copy = structuredClone(rules) as Record<string, unknown>
  for (const n of (copy.nationalities as Record<string, unknown>[] | undefined) ?? []) {
    if (!n.arrivalCutoff) n.arrivalCutoff = { source: { url: '', title: '' } }
  }
  for (const item of itemsOf(copy)) {
    if (!form.has(`${item.path}._shown`)) continue
    for (const spec of [...fieldsOf[item.kind], ...provenanceFields])
      setField(item.value, spec, form.get(`${item.path}.${spec.key}`))
  }
  for (const n of (copy.nationalities as Record<string, unknown>[] | undefined) ?? []) {
    if (!(n.arrivalCutoff as Record<string, unknown>).onOrBefore) delete n.arrivalCutoff
  }
  // Remove from the end so earlier indexes stay valid.
  for (const path of [...remove].sort((a, b) => Number(b.split('.').at(-1)) - Number(a.split('.').at(-1)))) {
    const parent = getPath(copy, path.split('.').slice(0, -1).join('.'))
    if (Array.isArray(parent)) parent.splice(Number(path.split('.').at(-1)), 1)
  }
  if (add) {
    const target = getPath(copy, add.list)
    if (Array.isArray(target)) target.push(blankItem(add.list, add.today))
  }
  return copy
}
