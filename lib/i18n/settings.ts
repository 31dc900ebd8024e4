/** The four languages of the product; Spanish is the fallback for people (docs/decisions/0001-stack.md). */
export const languages = ['es', 'en', 'fr', 'ht'] as const
export type Language = (typeof languages)[number]
export const fallbackLng: Language = 'es'
export const cookieName = 'lng'

/** Whether `value` is one of the four product languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

/** Each language named in itself, for the switcher. */
export const languageNames: Record<Language, string> = {
  es: 'Español',
  en: 'English',
  fr: 'Français',
  ht: 'Kreyòl ayisyen',
}

/** `value` when it is one of the product languages, otherwise the fallback language. */
export function languageOr(value: unknown): Language {
  return isLanguage(value) ? value : fallbackLng
}
