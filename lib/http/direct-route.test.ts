import { describe, expect, it } from 'vitest'

import { config } from '@/proxy'

import { directPaths } from './direct-route'

// Next compiles the matcher as a path pattern anchored at both ends; its groups are regular expressions.
const proxied = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path))

describe("proxy.ts's matcher", () => {
  it('leaves out exactly the direct routes', () => {
    for (const path of directPaths) expect(proxied(path), path).toBe(false)
  })

  it('keeps every other path, near misses included', () => {
    for (const path of [
      '/',
      '/es',
      '/es/check/host-country',
      '/api/v1/rules',
      '/api/v1/screenings/',
      '/api/v1/screeningsx',
      '/api/app/rules',
      '/sw.js',
    ])
      expect(proxied(path), path).toBe(true)
  })
})
