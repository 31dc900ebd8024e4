import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { languages } from './settings'

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
const dir = path.resolve('locales')

function flatten(value: Json, prefix = ''): Record<string, string> {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).reduce<Record<string, string>>(
      (all, [k, v]) => ({ ...all, ...flatten(v, prefix ? `${prefix}.${k}` : k) }),
      {},
    )
  }
  return { [prefix]: String(value) }
}

const load = (lng: string, file: string) => flatten(JSON.parse(readFileSync(path.join(dir, lng, file), 'utf8')))
const files = readdirSync(path.join(dir, 'es')).filter((f) => f.endsWith('.json'))
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort()
// Where a language needs another grammatical form of a country name ("au Costa Rica"), the page passes both
// {{country}} and {{inCountry}} and each language picks one.
const countryForms = (names: (string | undefined)[]) => names.map((n) => (n === 'inCountry' ? 'country' : n)).join()

describe.each(files)('locales/*/%s', (file) => {
  const spanish = load('es', file)

  it.each(languages.filter((l) => l !== 'es'))('%s has exactly the keys Spanish has', (lng) => {
    expect(Object.keys(load(lng, file)).sort()).toEqual(Object.keys(spanish).sort())
  })

  it.each([...languages])('%s has no empty text', (lng) => {
    expect(
      Object.entries(load(lng, file))
        .filter(([, text]) => !text.trim())
        .map(([key]) => key),
    ).toEqual([])
  })

  it.each(languages.filter((l) => l !== 'es'))('%s uses the same {{placeholders}} as Spanish', (lng) => {
    const other = load(lng, file)
    const mismatched = Object.keys(spanish).filter(
      (k) => k in other && countryForms(variables(spanish[k]!)) !== countryForms(variables(other[k]!)),
    )
    expect(mismatched).toEqual([])
  })

  it('fr keeps a no-break space before : ; ? ! and inside « », so the sign never wraps alone to a new line', () => {
    expect(
      Object.entries(load('fr', file))
        .filter(([, text]) => /[ \t](?=[:;?!»])|«(?!\u00a0)/.test(text))
        .map(([key]) => key),
    ).toEqual([])
  })

  it('ht follows the official spelling: only è and ò as accents, no hyphen before a determiner (IPN orthography)', () => {
    // Spanish proper names (Migración Colombia, cédula) keep their own accents.
    const wrong = (text: string) =>
      /[éêëôâîûç]/.test(text.replace(/Migración|cédula/g, '')) || /\p{L}-(a|la|lan|nan|an|yo)\b/u.test(text)
    expect(
      Object.entries(load('ht', file))
        .filter(([, text]) => wrong(text))
        .map(([key]) => key),
    ).toEqual([])
  })
})
