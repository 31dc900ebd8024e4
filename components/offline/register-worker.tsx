'use client'
import { useEffect } from 'react'

import * as flow from '@/lib/offline/device-flow'

/**
 * Installs the service worker once the page has loaded and the browser is idle (never on the first page's
 * critical path). Once it runs, asks it to keep this language for offline use, links the installable app's
 * manifest (so a first visit fetches neither it nor its icon before the worker can answer them), and sends any
 * outcome still waiting on the device. Renders nothing; without JavaScript nothing happens and the server flow
 * runs as always.
 */
export function RegisterWorker({ lng }: { lng: string }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    let stop = () => {}
    let cancelled = false
    const start = async () => {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => null)
      const registration = await navigator.serviceWorker.ready
      if (cancelled) return
      stop = flow.startOnDevice(lng)
      linkManifest(lng)
      // The steps of the questionnaire in the browser cost no network; other pages ask whether the rules changed.
      const rules = !window.location.pathname.startsWith(`/${lng}/device`)
      registration.active?.postMessage({ type: 'warm', lng, rules })
      await flow.sendWaiting(registration)
    }
    const idle = () =>
      'requestIdleCallback' in window
        ? window.requestIdleCallback(() => void start(), { timeout: 3000 })
        : setTimeout(() => void start(), 1000)
    if (document.readyState === 'complete') idle()
    else window.addEventListener('load', idle, { once: true })
    const online = async () => {
      const registration = await navigator.serviceWorker.ready
      registration.active?.postMessage({ type: 'warm', lng, rules: true })
      await flow.sendWaiting(registration)
    }
    const onOnline = () => void online()
    window.addEventListener('online', onOnline)
    return () => {
      cancelled = true
      window.removeEventListener('load', idle)
      window.removeEventListener('online', onOnline)
      stop()
    }
  }, [lng])
  return null
}

/** The web app manifest of this language (the browser fetches it, and its icon, only once this link exists). */
function linkManifest(lng: string): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]') ?? document.createElement('link')
  link.rel = 'manifest'
  link.href = `/${lng}/manifest.webmanifest`
  document.head.append(link)
}
