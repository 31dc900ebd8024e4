// What changed between two JSON documents, leaf by leaf: the before/after of audit entries.

export interface Change {
  path: string
  before: unknown
  after: unknown
}

/** Every leaf that differs between `before` and `after`, with its dotted path. */
export function changes(before: unknown, after: unknown, path = ''): Change[] {
  const isObject = (v: unknown) => v !== null && typeof v === 'object'
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path: path || '.', before, after }]
  }
  const a = before as Record<string, unknown>
  const b = after as Record<string, unknown>
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys.flatMap((k) => changes(a[k], b[k], path ? `${path}.${k}` : k))
}
