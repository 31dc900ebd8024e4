import { describe, expect, it } from 'vitest'

import { openApiDocument } from './openapi'

type Schema = { properties?: Record<string, Schema>; items?: Schema; enum?: string[]; description?: string }

/** Finds a component's nested object that has all these properties (the schema inlines periods and statuses). */
function findWith(node: unknown, keys: string[]): Schema | undefined {
  if (!node || typeof node !== 'object') return undefined
  const props = (node as Schema).properties
  if (props && keys.every((k) => k in props)) return node as Schema
  for (const child of Object.values(node)) {
    const found = findWith(child, keys)
    if (found) return found
  }
  return undefined
}

describe('OpenAPI document', () => {
  it('documents periods limited to statuses and statuses limited to nationalities', () => {
    const ruleSet = openApiDocument().components.schemas.RuleSet
    const period = findWith(ruleSet, ['status', 'from', 'statuses'])
    expect(period?.properties?.statuses?.items?.enum).toEqual(expect.arrayContaining(['asylum_seeker', 'refugee']))
    expect(period?.properties?.statuses?.items?.enum).not.toContain('none')
    expect(period?.properties?.statuses?.description).toMatch(/Only for people/)
    const status = findWith(ruleSet, ['code', 'registeredOnOrBefore', 'laterUnknown', 'nationalities'])
    expect(status?.properties?.laterUnknown?.description).toMatch(/unknown, not not_met/)
  })
})
