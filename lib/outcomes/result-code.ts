// Result codes: short, unguessable, readable aloud. 12 symbols from 30 (no 0/O, 1/I/L, U): 30^12 ≈ 5.3·10^17
// codes, 58.9 bits. Why 12: a guess hits one of N stored outcomes with probability N / 30^L; at N = 10^7 that is
// 10^7 / 5.3·10^17 ≈ 1.9·10^-11 for L = 12 (11 symbols would give 5.6·10^-10, close to the 10^-9 we allow, and
// 8 symbols gave 1.5·10^-5). Codes of 8 symbols handed out before stay valid (normalizeResultCode).
// A code is derived from the screening's idempotency digest with a server key (HMAC-SHA256), so the same
// screening gets the same code everywhere — in the database, in the outbox, on another instance, after a
// restart — without a lookup, while nobody without the key can guess one.
import { createHmac } from 'node:crypto'

import { codeSecret } from './code-secret'

export const resultCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const resultCodeLength = 12
/** New codes; the database CHECK constraint outcomes_result_code_check also accepts the older 8-symbol codes. */
export const resultCodePattern = /^[2-9A-HJKMNP-TV-Z]{12}$/
const storedCodePattern = /^([2-9A-HJKMNP-TV-Z]{8}|[2-9A-HJKMNP-TV-Z]{12})$/

/**
 * The result code of the screening whose idempotency key has this digest (idempotency.ts). `attempt` > 0 gives the
 * next code in the rare case (about 2 in 10^11 at ten million stored outcomes) that another screening holds it.
 */
export function resultCodeFor(digest: string, attempt = 0): string {
  let code = ''
  for (let block = 0; code.length < resultCodeLength; block++) {
    const bytes = createHmac('sha256', codeSecret()).update(`${attempt}\u0000${block}\u0000${digest}`).digest()
    for (const byte of bytes) {
      // 240 = 8 × 30: dropping bytes ≥ 240 keeps every symbol equally likely.
      if (byte < 240 && code.length < resultCodeLength) code += resultCodeAlphabet[byte % 30]
    }
  }
  return code
}

/** A code as typed or read aloud ("abcd efgh jkmn", "ABCD-EFGH-JKMN", or an older 8-symbol one), or null. */
export function normalizeResultCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  return storedCodePattern.test(code) ? code : null
}
