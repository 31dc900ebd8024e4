// The service worker (bundled by app/sw.js/route.ts with esbuild, run by Serwist's router). It installs after a
// page has loaded (components/offline/register-worker.tsx) and keeps, per language a person used: the
// questionnaire's shell page, its scripts and CSS (which carry the locale texts), the start page, and the
// published rule history with its fingerprint. No cache holds an answer: answers live in the tab's
// sessionStorage, and the outcome queue (IndexedDB) holds only anonymised outcomes until they are acknowledged.
import { CacheFirst, NetworkFirst, NetworkOnly, Serwist } from 'serwist'

import { sendQueued } from '@/lib/offline/queue'

import { cacheNames, isOwnCache, shellPath, warm } from './warm'

declare const self: ServiceWorkerGlobalScope

const language = /^\/(es|en|fr|ht)(?=\/|$)/

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Every step of the questionnaire in the browser is the same shell page: no network per step.
      matcher: ({ request, url }) => request.mode === 'navigate' && /^\/(es|en|fr|ht)\/device(\/|$)/.test(url.pathname),
      handler: async ({ request, url }) => {
        const lng = language.exec(url.pathname)![1]!
        const cached = await (await caches.open(cacheNames.shell)).match(shellPath(lng))
        return cached ?? fetch(request)
      },
    },
    {
      matcher: ({ url }) => url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: cacheNames.static }),
    },
    {
      matcher: ({ url }) => url.pathname === '/api/app/rules',
      handler: new CacheFirst({ cacheName: cacheNames.rules }),
    },
    {
      // The icon, the app icons and the manifest: the same for a whole build.
      matcher: ({ url }) => /^\/(favicon\.ico|icons\/.+|(es|en|fr|ht)\/manifest\.webmanifest)$/.test(url.pathname),
      handler: new CacheFirst({ cacheName: cacheNames.static }),
    },
    {
      // The start page: fresh when online, the copy kept at the last warm-up when not.
      matcher: ({ request, url }) => request.mode === 'navigate' && /^\/(es|en|fr|ht)\/?$/.test(url.pathname),
      handler: new NetworkFirst({ cacheName: cacheNames.shell, networkTimeoutSeconds: 5 }),
    },
    { matcher: () => true, handler: new NetworkOnly() },
  ],
})

/** Sends the waiting outcomes and tells every open page what each one came to (its result code). */
async function send(): Promise<void> {
  const results = await sendQueued()
  if (results.length === 0) return
  for (const client of await self.clients.matchAll({ type: 'window' }))
    client.postMessage({ type: 'outcomes-sent', results })
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as { type?: string; lng?: string; rules?: boolean } | null
  if (data?.type === 'warm' && typeof data.lng === 'string' && language.test(`/${data.lng}`)) {
    const source = event.source as Client | null
    event.waitUntil(
      warm(data.lng, data.rules !== false).then((ready) =>
        source?.postMessage({ type: 'offline-ready', lng: data.lng, ready }),
      ),
    )
  }
  if (data?.type === 'send') event.waitUntil(send())
})

// Background Sync where the browser has it (Chromium): the queue is sent when a connection returns, even with no
// page open. Elsewhere pages send it when they load or come back online.
self.addEventListener('sync', (event: Event) => {
  const sync = event as Event & { tag: string; waitUntil(p: Promise<unknown>): void }
  if (sync.tag === 'outcomes') sync.waitUntil(send())
})

self.addEventListener('activate', (event: ExtendableEvent) => {
  // Caches of an earlier build: its scripts are gone from the server.
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => !isOwnCache(k)).map((k) => caches.delete(k)))),
  )
})

serwist.addEventListeners()
