import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { languages } from './settings'

// Plain language: every sentence a person reads on the public side has 20 words or fewer. The admin and
// statistics namespaces are for trained staff and are not checked.
const publicNamespaces = ['common', 'questions', 'results', 'privacy', 'result-code', 'assisted']
const MAX_WORDS = 20

/**
 * Reviewed exceptions ("namespace:key"), each longer for a reason a shorter sentence would lose. Keep it short.
 */
const allowlist = new Set<string>([])

type Json = string | Json[] | { [key: string]: Json }
function flatten(value: Json, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
  return entries.flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k))
}

/** Sentences of a text: split after . ! ? (and a closing quote) followed by a space. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["»”)]?)\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Words of a sentence; a {{placeholder}} counts as one word, punctuation alone as none. */
export function words(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length
}

describe('public sentences', () => {
  it('splits and counts as a reader would', () => {
    expect(sentences('One two. Three «four» five? Six!')).toEqual(['One two.', 'Three «four» five?', 'Six!'])
    expect(words('The form opens on {{days}} at {{time}} : now.')).toBe(8)
  })

  for (const lng of languages)
    it(`${lng}: every sentence has ${MAX_WORDS} words or fewer`, () => {
      const long: string[] = []
      for (const ns of publicNamespaces) {
        const data = JSON.parse(readFileSync(path.resolve('locales', lng, `${ns}.json`), 'utf8')) as Json
        for (const [key, text] of flatten(data)) {
          if (allowlist.has(`${ns}:${key}`)) continue
          for (const s of sentences(text)) if (words(s) > MAX_WORDS) long.push(`${ns}:${key} (${words(s)}): ${s}`)
        }
      }
      expect(long).toEqual([])
    })
})
