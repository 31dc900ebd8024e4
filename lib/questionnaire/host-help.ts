// Where a person can turn in the host country once Safe Mobility is closed to them, and the UNHCR Help and
// official pages in the person's language where such a page is known (facts and addresses as sourced in the
// project's domain notes; a language without its own page keeps the page the rules name).
import type { Language } from '@/lib/i18n/settings'
import type { HostCountry } from '@/lib/rules/answers'
import type { NextStep } from '@/lib/rules/evaluation'

/** UNHCR Help pages per host country and language, only where the language version is known to exist. */
const unhcrHelp: Record<HostCountry, Partial<Record<Language, string>>> = {
  CO: {},
  CR: { es: 'https://help.unhcr.org/costarica/', en: 'https://help.unhcr.org/costarica/en/' },
  EC: {},
  GT: { en: 'https://help.unhcr.org/guatemala/en/' },
}

/** The official site's page in a language other than English, where one is known (its Creole FAQ). */
const official: Partial<Record<Language, string>> = { ht: 'https://movilidadsegura.org/ht/home-ht/faq/' }

/** Who handles permits to stay in each host country, with the official address where one is known. */
const regularization: Record<HostCountry, NextStep | undefined> = {
  CO: { code: 'regularization-co' },
  CR: { code: 'regularization-cr' },
  EC: { code: 'regularization-ec', params: { url: 'https://registro.migracion.gob.ec' } },
  GT: undefined,
}

/** The UNHCR Help page for the host country in `lng`, or `fallback` (the page the rules name). */
function unhcrHelpUrl(host: HostCountry, lng: Language, fallback: string): string {
  return unhcrHelp[host][lng] ?? fallback
}

/** The steps with their UNHCR Help and official links swapped for the person's language where known. */
export function inLanguage(steps: NextStep[], host: HostCountry, lng: Language): NextStep[] {
  return steps.map((step) => {
    const url = typeof step.params?.url === 'string' ? step.params.url : undefined
    if (step.code === 'unhcr-help' && url)
      return { ...step, params: { ...step.params, url: unhcrHelpUrl(host, lng, url) } }
    if (step.code === 'official-site' && official[lng])
      return { ...step, params: { ...step.params, url: official[lng]! } }
    return step
  })
}

/** Asylum, regularization and free legal help in the host country, for a person Safe Mobility cannot take. */
export function hostCountrySteps(host: HostCountry, lng: Language, unhcrFallback: string): NextStep[] {
  const steps: NextStep[] = [{ code: 'ask-asylum', params: { url: unhcrHelpUrl(host, lng, unhcrFallback) } }]
  const permits = regularization[host]
  if (permits) steps.push(permits)
  steps.push({ code: 'free-legal-help' })
  return steps
}
