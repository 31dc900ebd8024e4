import { describe, expect, it } from 'vitest'

import { hasRole } from './roles'

describe('hasRole', () => {
  it('orders viewer < editor < approver < admin', () => {
    expect(hasRole('admin', 'approver')).toBe(true)
    expect(hasRole('approver', 'editor')).toBe(true)
    expect(hasRole('editor', 'approver')).toBe(false)
    expect(hasRole('viewer', 'editor')).toBe(false)
  })

  it('refuses an unknown role', () => {
    expect(hasRole('root', 'viewer')).toBe(false)
  })
})
