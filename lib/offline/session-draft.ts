// The answers of the questionnaire run in the browser: in this tab's sessionStorage only (gone when the tab
// closes; quick exit and "start again" delete them), never in a cache, a cookie or IndexedDB.
import { type Draft, draftSchema } from '@/lib/questionnaire/draft'

const KEY = 'answers'

/** The answers so far in this tab (empty when none or unreadable). */
export function readSessionDraft(): Draft {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? '{}'))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** Saves the answers in this tab. */
export function saveSessionDraft(draft: Draft): void {
  sessionStorage.setItem(KEY, JSON.stringify(draft))
}

/** Forgets every answer of this tab. */
export function clearSessionDraft(): void {
  sessionStorage.clear()
}
