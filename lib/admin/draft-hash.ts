// What an approval is bound to: the SHA-256 of the draft's canonical JSON (keys sorted at every level, no
// whitespace) with its note. Any change to a value, a source or the note gives another hash.
import { createHash } from 'node:crypto'

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  return value
}

/** The canonical JSON text of a value: the same for the same content, whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value))
}

/** The hex SHA-256 of a draft's canonical document and note. */
export function draftHash(document: unknown, note: string): string {
  return createHash('sha256').update(canonicalJson({ document, note })).digest('hex')
}
