import 'server-only'

import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Resource } from 'i18next'

import { languages } from './settings'

// Every locales/<lng>/<namespace>.json, read once at start-up: a new namespace is just a new file.
const dir = path.join(process.cwd(), 'locales')

function load(): Resource {
  const resources: Resource = {}
  for (const lng of languages) {
    resources[lng] = {}
    for (const file of readdirSync(path.join(dir, lng)).filter((f) => f.endsWith('.json'))) {
      resources[lng][file.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, lng, file), 'utf8'))
    }
  }
  return resources
}

export const resources: Resource = load()

/** The namespaces found in locales/es (every language has the same files; a test checks it). */
export const namespaces = Object.keys(resources.es ?? {})
