import { describe, expect, it } from 'vitest'

import { boundFlash } from './flash-bounds'

describe('boundFlash', () => {
  it('cuts long values, long names and too many fields; keeps the errors', () => {
    const values: Record<string, string | string[]> = { a: 'x'.repeat(10_000), b: Array(100).fill('y'.repeat(500)) }
    for (let i = 0; i < 100; i++) values[`f${i}`] = 'z'
    values['n'.repeat(500)] = 'v'
    const flash = boundFlash({ question: 'arrival', nonce: 'abc', errors: { 'arrival-day': 'invalid_date' }, values })
    expect(flash.errors).toEqual({ 'arrival-day': 'invalid_date' })
    expect(Object.keys(flash.values).length).toBeLessThanOrEqual(24)
    expect(JSON.stringify(flash).length).toBeLessThan(6_000)
    expect((flash.values.a as string).length).toBe(120)
  })

  it('leaves an ordinary failed post as it was', () => {
    const flash = { question: 'arrival', nonce: 'abc', errors: { 'arrival-day': 'invalid_date' }, values: { d: '31' } }
    expect(boundFlash(flash)).toEqual(flash)
  })
})
