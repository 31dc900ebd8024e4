// A failed form post sends its values back through a cookie. Browsers drop cookies over 4 KB (and some proxies
// refuse the whole response), so what goes in is bounded: few fields, short names, values cut.
import type { Flash } from './draft-store'

const MAX_FIELDS = 24
const MAX_NAME = 64
const MAX_VALUE = 120
const MAX_ITEMS = 16

/** `flash` with at most a few short fields and values; the errors (our own codes) are kept as they are. */
export function boundFlash(flash: Flash): Flash {
  const values: Flash['values'] = {}
  for (const [name, value] of Object.entries(flash.values).slice(0, MAX_FIELDS)) {
    if (name.length > MAX_NAME) continue
    values[name] = Array.isArray(value)
      ? value.slice(0, MAX_ITEMS).map((v) => v.slice(0, MAX_VALUE))
      : value.slice(0, MAX_VALUE)
  }
  const errors = Object.fromEntries(
    Object.entries(flash.errors)
      .slice(0, MAX_FIELDS)
      .map(([k, v]) => [k.slice(0, MAX_NAME), v.slice(0, MAX_NAME)]),
  )
  return { question: flash.question.slice(0, MAX_NAME), nonce: flash.nonce.slice(0, 32), errors, values }
}
