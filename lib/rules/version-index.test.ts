// closedSince walks a table built once per history; it must give what walking day by day over the whole history
// gives (the plain definition below), for every host, nationality and day.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { dayArb } from '@/tests/support/arbitraries'

import { hostCountries, type HostCountry } from './answers'
import { shippedHistory } from './data'
import { addDays } from './dates'
import { closedSince, statusOn } from './registration'

// The first day of the closed stretch that includes `asOf`, by stepping back one day at a time.
function closedSinceDayByDay(host: HostCountry, asOf: string, nationality: string): string | undefined {
  const closed = (day: string) => statusOn(shippedHistory, host, nationality, day) === 'closed'
  if (!closed(asOf)) return undefined
  let day = asOf
  while (day > '2022-01-01' && closed(addDays(day, -1))) day = addDays(day, -1)
  return day === '2022-01-01' ? undefined : day
}

describe('closedSince over the shipped history', () => {
  it('gives the day-by-day answer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hostCountries),
        fc.constantFrom('VE', 'HT', 'CU', 'NI', 'CO', 'PE', ''),
        dayArb,
        (host, nationality, asOf) => {
          expect(closedSince(shippedHistory, host, asOf, nationality)).toBe(
            closedSinceDayByDay(host, asOf, nationality),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
