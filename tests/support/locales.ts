// The copy the tests read comes from the locale files, so a flow test runs unchanged in every language.
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const languages = ['es', 'en', 'fr', 'ht'] as const
export type Lng = (typeof languages)[number]

type Tree = { [key: string]: string | string[] | Tree }
const cache = new Map<string, Tree>()

/** The text at `key` ("questions:adult.options.yes") in `lng`, with {{placeholders}} filled from `vars`. */
export function text(lng: Lng, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, rest] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key]
  const file = `${lng}/${ns}`
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(path.resolve('locales', `${file}.json`), 'utf8')))
  let node: unknown = cache.get(file)
  for (const part of rest.split('.')) node = (node as Tree)[part]
  if (typeof node !== 'string') throw new Error(`no text at ${lng}:${key}`)
  return node.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(vars[name] ?? ''))
}
