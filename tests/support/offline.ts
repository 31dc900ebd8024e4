// Steps of the offline browser tests: waiting until a language works without a connection, and reading what
// waits on the device.
import { createHash } from 'node:crypto'

import { expect, type Page } from '@playwright/test'

/** Loads /{lng} and waits until the service worker controls the page and says the language is on the device. */
export async function openReadyForOffline(page: Page, lng: string): Promise<void> {
  await page.goto(`/${lng}`)
  await expect(page.locator(`html[data-offline-ready="${lng}"]`)).toBeAttached({ timeout: 30_000 })
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

/** The idempotency keys of the outcomes waiting in the device's IndexedDB queue. */
export function waitingKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('screener-outbox', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('outcomes', { keyPath: 'key' })
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('outcomes').objectStore('outcomes').getAllKeys()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result as string[])
          }
        }
      }),
  )
}

/** The stored digest of a device outcome's key (lib/outcomes/device-row.ts). */
export function deviceDigest(key: string): string {
  return createHash('sha256').update(`device:${key}`, 'utf8').digest('hex')
}
