// Small readers shared by the question modules: one value, many values, one error.
import type { Fields, ParseResult } from './types'

/** The first value of a field, trimmed ('' when absent). */
export const one = (v: Fields[string]) => (Array.isArray(v) ? v[0] : v)?.trim() ?? ''
/** Every value of a field (a checkbox group). */
export const many = (v: Fields[string]) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
/** A failed parse with one error code on one field. */
export const fail = (field: string, code: string): ParseResult => ({ ok: false, errors: { [field]: code } })
