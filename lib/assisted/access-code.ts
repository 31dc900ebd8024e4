// Shelter access codes: 12 symbols from the result-code alphabet (no 0/O, 1/I/L, U), shown as
// XXXX-XXXX-XXXX, so 30^12 ≈ 5·10^17 codes (59 bits). Only HMAC-SHA256(code) with a server secret is stored.
// Why HMAC and not argon2id: the code is random, not chosen by a person, so a slow hash adds nothing against
// guessing, while a keyed digest can be looked up by its unique index on every request (the device cookie is
// re-checked against revocation each time) for the cost of one hash. A leaked table without the secret
// (ACCESS_CODE_SECRET, or .data/access-code.secret) gives no codes and cannot be tested offline. The HMAC key is
// derived from the secret with HKDF; codes issued before that are still found by their older digest.
import { createHmac, randomInt } from 'node:crypto'

import { resultCodeAlphabet } from '@/lib/outcomes/result-code'
import { purposeKey, serverSecret } from '@/lib/server-secret'

const accessCodeLength = 12
const pattern = new RegExp(`^[${resultCodeAlphabet}]{${accessCodeLength}}$`)

/** A new random access code in canonical form (12 symbols, no dashes). */
export function generateAccessCode(): string {
  let code = ''
  while (code.length < accessCodeLength) code += resultCodeAlphabet[randomInt(resultCodeAlphabet.length)]
  return code
}

/** The code as typed or read aloud ("abcd efgh jkmn", "ABCD-EFGH-JKMN") in canonical form, or null. */
export function normalizeAccessCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  return pattern.test(code) ? code : null
}

/** The code in groups of four, for showing and reading aloud. */
export function formatAccessCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}

const secret = () => serverSecret('ACCESS_CODE_SECRET', 'access-code.secret')

/** What the database keeps of a code: hex HMAC-SHA256 with the access-code key (HKDF of the secret). */
export function accessCodeDigest(code: string): string {
  return createHmac('sha256', purposeKey(secret(), 'access-code')).update(code).digest('hex')
}

/** The digest codes issued before per-purpose keys had (HMAC with the secret itself), to keep finding them. */
export function legacyAccessCodeDigest(code: string): string {
  return createHmac('sha256', secret()).update(code).digest('hex')
}
