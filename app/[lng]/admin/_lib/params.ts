export { languageOf } from '@/lib/i18n/route-language'

/** The first value of a search parameter. */
export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
