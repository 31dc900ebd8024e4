// One editable item of a draft (a period, a nationality, a cutoff, a status…): its values and their source.
import type { TFunction } from 'i18next'

import { fieldsOf, type FieldSpec, getPath, type Item, provenanceFields } from '@/lib/admin/items'

import { Field } from '../../_components/ui'
import { CodeChoices } from './code-choices'

const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`
const removable = (path: string) => /\.\d+$/.test(path) && !path.endsWith('arrivalCutoff')

function display(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ')
  return value === undefined || value === null ? '' : String(value)
}

function Input({ t, spec, item, errors }: { t: TFunction; spec: FieldSpec; item: Item; errors: Map<string, string> }) {
  const name = `${item.path}.${spec.key}`
  const id = idOf(name)
  const value = getPath(item.value, spec.key)
  const error = errors.get(name)
  const label = t(`fields.${spec.key}`)
  if (spec.type === 'status-codes') {
    const listError = [...errors].find(([path]) => path === name || path.startsWith(`${name}.`))?.[1]
    return (
      <CodeChoices
        t={t}
        id={id}
        name={name}
        label={label}
        hint={t(`fields.${spec.key}_hint`)}
        options={spec.options ?? []}
        checked={Array.isArray(value) ? value.map(String) : []}
        error={listError}
      />
    )
  }
  if (spec.type === 'bool') {
    return (
      <div className="mb-4 flex min-h-11 items-center gap-2">
        <input id={id} name={name} type="checkbox" defaultChecked={value === true} className="h-6 w-6" />
        <label htmlFor={id}>{label}</label>
      </div>
    )
  }
  if (spec.type === 'enum') {
    return (
      <div className="mb-4">
        <label htmlFor={id} className="mb-1 block font-bold">
          {label}
        </label>
        {error && (
          <p id={`${id}-error`} className="mb-1 font-bold text-red-800">
            {t(`validation.${error}`, { defaultValue: t('validation.invalid') })}
          </p>
        )}
        <select
          id={id}
          name={name}
          defaultValue={display(value)}
          aria-describedby={error ? `${id}-error` : undefined}
          className="block min-h-11 w-full rounded border-2 border-gray-700 px-2"
        >
          {spec.options?.map((o) => (
            <option key={o} value={o}>
              {t(`options.${o}`, { defaultValue: o })}
            </option>
          ))}
        </select>
      </div>
    )
  }
  const type = spec.type.endsWith('date')
    ? 'date'
    : spec.type === 'int'
      ? 'number'
      : spec.key === 'source.url'
        ? 'url'
        : 'text'
  return (
    <Field
      id={id}
      name={name}
      type={type}
      label={label}
      defaultValue={display(value)}
      hint={spec.type === 'codes' ? t('fields.codes_hint') : undefined}
      error={error ? t(`validation.${error}`, { defaultValue: t('validation.invalid') }) : undefined}
    />
  )
}

/** The fieldset of one item, with a "remove" box for items of a list. */
export function ItemFieldset({
  t,
  item,
  legend,
  errors,
}: {
  t: TFunction
  item: Item
  legend: string
  errors: Map<string, string>
}) {
  return (
    <fieldset className="mb-6 border-2 border-gray-300 p-4" id={idOf(item.path)}>
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      <input type="hidden" name={`${item.path}._shown`} value="1" />
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        {fieldsOf[item.kind].map((spec) => (
          <Input key={spec.key} t={t} spec={spec} item={item} errors={errors} />
        ))}
      </div>
      <div className="grid gap-x-4 bg-gray-50 pt-2 sm:grid-cols-2 lg:grid-cols-4">
        {provenanceFields.map((spec) => (
          <Input key={spec.key} t={t} spec={spec} item={item} errors={errors} />
        ))}
      </div>
      {removable(item.path) && (
        <div className="flex min-h-11 items-center gap-2">
          <input id={idOf(`remove.${item.path}`)} type="checkbox" name="remove" value={item.path} className="h-6 w-6" />
          <label htmlFor={idOf(`remove.${item.path}`)}>{t('draft.remove', { item: legend })}</label>
        </div>
      )}
    </fieldset>
  )
}
