'use client'
import { useEffect, useState } from 'react'

import { type Screening, screeningOn } from '@/lib/questionnaire/screening'
import { todayIso } from '@/lib/rules/dates'
import type { AnyProgramme } from '@/lib/rules/programmes/evaluate'
import type { History } from '@/lib/rules/schema'

/** The rules kept on the device (GET /api/app/rules, from the service worker's cache when offline). */
export interface DeviceRules {
  fingerprint: string
  downloadedOn: string
  programmes: AnyProgramme[]
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

/** The screening of a draft with the rules on the device, as the server's screeningFor does. */
export function deviceScreening(rules: DeviceRules, asOf: string | undefined): Screening {
  return screeningOn(rules.programmes, asOf ?? todayIso())
}

/** Safe Mobility's rule history on the device (what lib/rules/evaluate takes). */
export function deviceHistory(rules: DeviceRules): History {
  const [safeMobility] = rules.programmes
  if (safeMobility?.engine !== 'safe-mobility') throw new Error('Safe Mobility comes first')
  return safeMobility.history
}
