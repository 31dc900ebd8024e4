// The provenance report behind `npm run rules:sources`: every source key, how many values cite it and its date,
// the values with no dated source, and the values that cite an undated source while their reason names a dated one.
import type { History } from '../schema'
import { sourceFacts } from './source-dates'
import { sources } from './sources'

type Key = keyof typeof sources
interface Value {
  where: string
  source: { url: string }
  reason?: string
}
interface SourceLine {
  key: string
  date?: string
  note?: string
  values: number
}
interface ValueLine {
  where: string
  key: string
  /** Dated sources the reason names (only where the value's own source is undated). */
  named: string[]
}
export interface SourceReport {
  sources: SourceLine[]
  undated: ValueLine[]
  failures: ValueLine[]
}

const keys = Object.keys(sources) as Key[]
const idOf = (key: string) => key.replace(/_/g, '-')
const keyOfUrl = (url: string) => keys.find((k) => sources[k].url === url) ?? `(not listed: ${url})`

/** The dated sources a reason names, by key ("PLEDGE-CO") or by one of their unambiguous names. */
export function datedSourcesNamed(reason: string | undefined): string[] {
  if (!reason) return []
  return keys.filter((k) => {
    const facts = sourceFacts[k]
    return facts.date && [idOf(k), ...(facts.names ?? [])].some((name) => reason.includes(name))
  })
}

/** Every value of a version that carries its own source, with a readable place ("CO registrationPeriods 2"). */
function valuesOf(history: History): Value[] {
  const seen = new Map<string, Value>()
  for (const version of history) {
    for (const [host, rules] of Object.entries(version.countries)) {
      const add = (where: string, v: Value | undefined) => {
        if (!v) return
        const id = `${host} ${where} ${JSON.stringify(v)}`
        if (!seen.has(id)) seen.set(id, { ...v, where: `${host} ${where} (from ${version.id})` })
      }
      rules.registrationPeriods.forEach((p, i) =>
        add(`registrationPeriods ${i} ${p.status} ${p.from}`, { ...p, where: '' }),
      )
      add('schedule', rules.schedule && { ...rules.schedule, where: '' })
      rules.nationalities.forEach((n) => {
        add(`nationality ${n.code}`, { ...n, arrivalCutoff: undefined, where: '' } as Value)
        add(`arrival cutoff ${n.code}`, n.arrivalCutoff && { ...n.arrivalCutoff, where: '' })
      })
      add('legalStatus', { ...rules.legalStatus, anyOf: [], where: '' } as Value)
      rules.legalStatus.anyOf.forEach((s) => add(`legal status ${s.code}`, { ...s, where: '' }))
      add('minimumAge', { ...rules.minimumAge, where: '' })
    }
  }
  return [...seen.values()]
}

/** The report for a history (the shipped one, or versions read back from the database). */
export function sourceReport(history: History): SourceReport {
  const values = valuesOf(history)
  const count = new Map<string, number>()
  const undated: ValueLine[] = []
  const failures: ValueLine[] = []
  for (const v of values) {
    const key = keyOfUrl(v.source.url)
    count.set(key, (count.get(key) ?? 0) + 1)
    if (sourceFacts[key as Key]?.date) continue
    const line = { where: v.where, key, named: datedSourcesNamed(v.reason) }
    undated.push(line)
    if (line.named.length > 0) failures.push(line)
  }
  const listed: SourceLine[] = keys.map((k) => ({ key: k, ...sourceFacts[k], values: count.get(k) ?? 0 }))
  const others = [...count.keys()].filter((k) => !(k in sources)).map((k) => ({ key: k, values: count.get(k) ?? 0 }))
  return { sources: [...listed, ...others], undated, failures }
}
