import { describe, expect, it } from 'vitest'

import { isMode, startPath, stepPath } from './mode'

describe('questionnaire modes', () => {
  it('put the same steps under /check for the public and under /assisted for volunteers', () => {
    expect(stepPath('ht', 'check', 'legal-status')).toBe('/ht/check/legal-status')
    expect(stepPath('ht', 'assisted', 'legal-status')).toBe('/ht/assisted/legal-status')
    expect(startPath('es', 'check')).toBe('/es')
    expect(startPath('es', 'assisted')).toBe('/es/assisted')
  })

  it('accept only the two modes', () => {
    expect(isMode('assisted')).toBe(true)
    expect(isMode('admin')).toBe(false)
  })
})
