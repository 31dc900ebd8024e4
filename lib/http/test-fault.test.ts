import { describe, expect, it } from 'vitest'

import { layoutFaultRequested } from './test-fault'

const asked = new Headers({ 'x-smi-test-fault': 'layout' })
const local = { SMI_TEST_FAULTS: '1', SMI_EMBEDDED_DATABASE: 'postgresql://x/e2e', DATABASE_URL: 'postgresql://x/e2e' }

describe('layoutFaultRequested', () => {
  it('fails the layout only on a local test server that allows it, when the request asks', () => {
    expect(layoutFaultRequested(asked, local)).toBe(true)
    expect(layoutFaultRequested(new Headers(), local)).toBe(false)
    expect(layoutFaultRequested(new Headers({ 'x-smi-test-fault': 'page' }), local)).toBe(false)
  })

  it('never on a deployment: an operator database, or the setting left unset', () => {
    expect(layoutFaultRequested(asked, { ...local, DATABASE_URL: 'postgresql://db.example.org/screener' })).toBe(false)
    expect(layoutFaultRequested(asked, { ...local, SMI_EMBEDDED_DATABASE: undefined })).toBe(false)
    expect(layoutFaultRequested(asked, { ...local, SMI_TEST_FAULTS: undefined })).toBe(false)
  })
})
