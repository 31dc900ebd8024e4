import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { markDatabaseDown, markDatabaseUp, withDeadline } from './availability'

const after = (ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve('answer'), ms))

beforeEach(() => {
  vi.useFakeTimers()
  process.env.OUTCOME_DB_TIMEOUT_MS = '100'
})
afterEach(() => {
  vi.useRealTimers()
  delete process.env.OUTCOME_DB_TIMEOUT_MS
})

describe('withDeadline', () => {
  it('gives the first query of a process four times the timeout, and later ones the timeout', async () => {
    markDatabaseDown() // a failure is not an answer: the first answer is still to come
    const first = withDeadline(after(300))
    await vi.advanceTimersByTimeAsync(300)
    await expect(first).resolves.toBe('answer')
    const later = withDeadline(after(300))
    const refused = expect(later).rejects.toThrow('database gave no answer in 100 ms')
    await vi.advanceTimersByTimeAsync(100)
    await refused
    markDatabaseUp()
  })
})
