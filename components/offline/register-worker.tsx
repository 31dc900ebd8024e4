'use client'
import { useEffect } from 'react'

/**
 * Installs the service worker once the page has loaded and the browser is idle (never on the first page's
 * critical path), asks it to keep this language for offline use, and sends any outcome still waiting on the
 * device. The code for that loads only then. Renders nothing; without JavaScript nothing happens and the server
 * flow runs as always.
 */
export function RegisterWorker({ lng }: { lng: string }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    let stop = () => {}
    let cancelled = false
    const start = async () => {
      const flow = await import('@/lib/offline/device-flow')
      if (cancelled) return
      stop = flow.startOnDevice(lng)
      await navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => null)
      const registration = await navigator.serviceWorker.ready
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
    const online = () =>
      void import('@/lib/offline/device-flow').then(async (flow) => {
        const registration = await navigator.serviceWorker.ready
        registration.active?.postMessage({ type: 'warm', lng, rules: true })
        await flow.sendWaiting(registration)
      })
    window.addEventListener('online', online)
    return () => {
      cancelled = true
      window.removeEventListener('load', idle)
      window.removeEventListener('online', online)
      stop()
    }
  }, [lng])
  return null
}
