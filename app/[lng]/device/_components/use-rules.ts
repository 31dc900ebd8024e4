'use client'
import { useEffect, useState } from 'react'

import type { History } from '@/lib/rules/schema'

/** The rule history kept on the device (GET /api/app/rules, from the service worker's cache when offline). */
export interface DeviceRules {
  fingerprint: string
  downloadedOn: string
  history: History
}

/** The device's rules once read; null while reading, 'missing' when the device has none. */
export function useRules(): DeviceRules | null | 'missing' {
  const [rules, setRules] = useState<DeviceRules | null | 'missing'>(null)
  useEffect(() => {
    fetch('/api/app/rules')
      .then((r) => (r.ok ? (r.json() as Promise<DeviceRules>) : Promise.reject(new Error(String(r.status)))))
      .then(setRules, () => setRules('missing'))
  }, [])
  return rules
}
