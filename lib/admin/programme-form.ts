// The programme form (create and edit): plain fields for the programme's names and descriptions in four
// languages, kind, host countries and official name; JSON text for the building blocks (the version's criteria,
// routes, conditions to check yourself and notes), the facts, the links and who identifies cases. Whatever is
// typed is kept, valid or not (a text that is not JSON stays a text), and the checks name what is wrong. Pure.
import { hostCountries } from '@/lib/rules/answers'

import type { ProgrammeDraftDocument } from './programme-candidate'

export const formLanguages = ['es', 'en', 'fr', 'ht'] as const

/** A field's text: JSON when it parses (an empty text is absent), the text itself otherwise. */
function parsed(text: string): unknown {
  if (!text.trim()) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** The draft document a submitted form describes (a getter of one field's text, and of every value of one). */
export function programmeDocumentFromForm(
  one: (name: string) => string,
  all: (name: string) => string[],
): ProgrammeDraftDocument {
  const localized = (field: string) => Object.fromEntries(formLanguages.map((l) => [l, one(`${field}.${l}`).trim()]))
  const identifiedBy = parsed(one('identifiedBy'))
  return {
    programme: {
      kind: one('kind'),
      name: localized('name'),
      officialName: { text: one('officialName').trim(), language: one('officialLanguage') || 'es' },
      description: localized('description'),
      ...(identifiedBy === undefined ? {} : { identifiedBy }),
      hostCountries: all('hostCountries').filter((c) => (hostCountries as readonly string[]).includes(c)),
      links: parsed(one('links')) ?? [],
      facts: parsed(one('facts')) ?? [],
    },
    version: parsed(one('version')),
  }
}

/** The form's values for a stored draft document, for the edit form. */
export function programmeFormValues(document: ProgrammeDraftDocument) {
  const p = (document.programme ?? {}) as Record<string, unknown>
  const rec = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})
  const json = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v, null, 2))
  const version = rec(document.version)
  // The id, day and note of a version are set on publication: the form shows the rest.
  const blocks = Object.fromEntries(
    Object.entries(version).filter(([k]) => !['id', 'effectiveFrom', 'note'].includes(k)),
  )
  return {
    kind: String(p.kind ?? ''),
    name: rec(p.name),
    description: rec(p.description),
    officialName: String(rec(p.officialName).text ?? ''),
    officialLanguage: String(rec(p.officialName).language ?? 'es'),
    hostCountries: Array.isArray(p.hostCountries) ? p.hostCountries.map(String) : [],
    facts: json(p.facts),
    links: json(p.links),
    identifiedBy: json(p.identifiedBy),
    version: typeof document.version === 'string' ? document.version : json(blocks),
  }
}
export type ProgrammeFormValues = ReturnType<typeof programmeFormValues>
