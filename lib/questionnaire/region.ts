// "I am in another country" on the first question: the countries of the region where people who could have
// used Safe Mobility also live, listed by name, and one choice for anywhere else. The offices were only in
// Colombia, Costa Rica, Ecuador and Guatemala, so these answers end the questionnaire with their own outcome.
import { hostCountries } from '@/lib/rules/answers'

/** Countries of the Americas offered under "another country" (ISO codes; names come from Intl). */
export const regionCountries = [
  'AR',
  'BO',
  'BR',
  'BZ',
  'CA',
  'CL',
  'CU',
  'DO',
  'SV',
  'GY',
  'HT',
  'HN',
  'JM',
  'MX',
  'NI',
  'PA',
  'PY',
  'PE',
  'SR',
  'TT',
  'US',
  'UY',
  'VE',
] as const

/** The answer for a country outside the list (outside the Americas). */
export const OUTSIDE_REGION = 'ZZ'

/** Whether `code` is an accepted "another country" answer (never one of the four host countries). */
export function isElsewhere(code: string): boolean {
  if ((hostCountries as readonly string[]).includes(code)) return false
  return code === OUTSIDE_REGION || (regionCountries as readonly string[]).includes(code)
}

/** The nationality answer of a person who is stateless or does not know their nationality. */
export const NO_NATIONALITY = 'stateless'
