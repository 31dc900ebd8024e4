import { describe, expect, it } from 'vitest'

import { accessCodeDigest, formatAccessCode, generateAccessCode, normalizeAccessCode } from './access-code'

describe('shelter access codes', () => {
  it('are 12 symbols without look-alikes, and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, generateAccessCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{12}$/)
  })

  it('are accepted however they are typed back, and refused with a look-alike letter', () => {
    const code = generateAccessCode()
    expect(normalizeAccessCode(formatAccessCode(code).toLowerCase())).toBe(code)
    expect(normalizeAccessCode(` ${code.slice(0, 6)} ${code.slice(6)} `)).toBe(code)
    expect(normalizeAccessCode('ABCD-EFGH-JKM0')).toBeNull()
    expect(normalizeAccessCode('ABCD-EFGH')).toBeNull()
  })

  it('are stored as a keyed digest that does not contain the code', () => {
    const code = generateAccessCode()
    expect(accessCodeDigest(code)).toMatch(/^[0-9a-f]{64}$/)
    expect(accessCodeDigest(code)).toBe(accessCodeDigest(code))
    expect(accessCodeDigest(code)).not.toContain(code.toLowerCase())
    expect(accessCodeDigest(generateAccessCode())).not.toBe(accessCodeDigest(code))
  })
})
