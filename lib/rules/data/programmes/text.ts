// The shipped programmes take their words from locales/<lng>/programmes.json, so the copy lives in one place
// and the locale tests check it; a programme an admin creates carries its own words in its data instead.
import en from '../../../../locales/en/programmes.json'
import es from '../../../../locales/es/programmes.json'
import fr from '../../../../locales/fr/programmes.json'
import ht from '../../../../locales/ht/programmes.json'
import type { Localized } from '../../programmes/schema'

type Copy = typeof en
const copy = { es, en, fr, ht } satisfies Record<keyof Localized, Copy>
type ProgrammeId = keyof Copy['programme']
type FactId = keyof Copy['fact']

/** One text in the four languages, picked from each language's copy. */
function localized(pick: (c: Copy) => string): Localized {
  return { es: pick(copy.es), en: pick(copy.en), fr: pick(copy.fr), ht: pick(copy.ht) }
}

/** Name, official name (in Spanish unless the data says otherwise) and description of a shipped programme. */
export function programmeText(id: ProgrammeId) {
  return {
    name: localized((c) => c.programme[id].name),
    officialName: { text: copy.es.programme[id].officialName, language: 'es' as const },
    description: localized((c) => c.programme[id].description),
  }
}

/** Who identifies cases for the shipped referral-only programme. */
export function identifiedByText(): Localized {
  return localized((c) => c.programme['es-smo-referral'].identifiedBy)
}

/** A shipped fact's definition: its id and its question in four languages. */
export function factDefinition(id: FactId) {
  return { id, question: localized((c) => c.fact[id].question) }
}

/** A note's text in four languages. */
export function noteText(id: keyof Copy['note']): Localized {
  return localized((c) => c.note[id])
}
