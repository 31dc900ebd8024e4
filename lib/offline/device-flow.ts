// The page side of the questionnaire in the browser: handing the start form over to it once the device has
// everything for offline use, and sending the waiting outcomes (result codes go back into the tab's answers).
// Part of every page's scripts (components/offline/register-worker.tsx starts it once the service worker runs),
// so it stays small: no zod, no rules, no texts.
import type { DeviceOutcome } from '@/lib/outcomes/device-outcome'
import { isCalendarDay } from '@/lib/rules/calendar-day'

import { sendOutcome, sendQueued, type SendResult } from './queue'

/** The event a page hears when the outcome of this tab's screening got its result code. */
export const storedEvent = 'outcome-stored'

/** The path of a step of the questionnaire in the browser. */
export function devicePath(lng: string, step: string): string {
  return `/${lng}/device/${step}`
}

/**
 * Goes to another page of the questionnaire in the browser as a real navigation: the service worker answers it
 * from the device (no network), and Back, Reload and a closed-then-reopened tab behave as on the server's pages.
 */
export function goTo(path: string, { replace = false } = {}): void {
  if (replace) window.location.replace(path)
  else window.location.assign(path)
}

const CODES = 'result-codes'

/** The result codes this tab's outcomes got, by idempotency key (sessionStorage, like the answers). */
export function resultCodes(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(CODES) ?? '{}') as Record<string, string>
  } catch {
    return {}
  }
}

function remember(results: SendResult[]): void {
  const codes = resultCodes()
  const screeningIds = new Set(Object.keys(codes))
  // Only screenings of this tab: another tab's outcome sent from here leaves no trace in this one.
  for (const r of results) if ('resultCode' in r && screeningIds.has(r.key)) codes[r.key] = r.resultCode
  sessionStorage.setItem(CODES, JSON.stringify(codes))
  window.dispatchEvent(new Event(storedEvent))
}

const PENDING = 'pending-outcome'

/**
 * Marks an outcome as this tab's screening, whose code the tab waits for. The tab keeps its own copy (with its
 * answers, in sessionStorage): if the worker sent it while no page of the tab listened, the tab sends it again
 * and gets the same code (the server stores it once).
 */
export function awaitCode(outcome: DeviceOutcome): void {
  sessionStorage.setItem(CODES, JSON.stringify({ ...resultCodes(), [outcome.key]: '' }))
  sessionStorage.setItem(PENDING, JSON.stringify(outcome))
}

async function askAgain(): Promise<SendResult[]> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as DeviceOutcome | null
  if (!pending || resultCodes()[pending.key]) return []
  const result = await sendOutcome(pending)
  return result ? [result] : []
}

/**
 * Sends the outcomes waiting on this device now when online; otherwise asks for a Background Sync (where the
 * browser has it) so the worker sends them when a connection returns.
 */
export async function sendWaiting(registration?: ServiceWorkerRegistration): Promise<void> {
  if (navigator.onLine) remember([...(await sendQueued().catch(() => [])), ...(await askAgain().catch(() => []))])
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync
  await sync?.register('outcomes').catch(() => {})
}

/**
 * Once the worker says this language is on the device, the start form starts the questionnaire in the browser
 * instead of posting to the server. Returns the function that stops listening.
 */
export function startOnDevice(lng: string): () => void {
  let ready = false
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: string; lng?: string; ready?: boolean; results?: SendResult[] }
    if (data?.type === 'offline-ready' && data.lng === lng) {
      ready = Boolean(data.ready)
      // Says so on the page too (read by the browser tests; nothing about the person).
      if (ready) document.documentElement.dataset.offlineReady = lng
    }
    if (data?.type === 'outcomes-sent' && data.results) remember(data.results)
  }
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement
    if (!ready || !navigator.serviceWorker.controller || !form.matches('[data-device-start]')) return
    const asOf = String(new FormData(form).get('asOf') ?? '').trim()
    // Not a day (2024-02-30 too): the server's page shows the error.
    if (asOf && !isCalendarDay(asOf)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    sessionStorage.clear() // a new screening: nothing of the one before
    sessionStorage.setItem('answers', JSON.stringify(asOf ? { asOf } : {}))
    goTo(devicePath(lng, 'host-country'))
  }
  navigator.serviceWorker.addEventListener('message', onMessage)
  document.addEventListener('submit', onSubmit, true)
  return () => {
    navigator.serviceWorker.removeEventListener('message', onMessage)
    document.removeEventListener('submit', onSubmit, true)
  }
}
