'use client'
import { useEffect } from 'react'

/**
 * Belt and braces for "Next person": if a browser ever restores an assisted page from its back/forward cache
 * (the pages are no-store, so Chromium and Firefox should not), load it again from the server, which no longer
 * has the previous person's answers.
 */
export function ReloadOnRestore() {
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload()
    }
    window.addEventListener('pageshow', onShow)
    return () => window.removeEventListener('pageshow', onShow)
  }, [])
  return null
}
