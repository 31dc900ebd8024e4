// Result codes: short, unguessable, readable aloud. 8 characters from 30 symbols (no 0/O, 1/I/L, U):
// 30^8 ≈ 6.6·10^11 codes. A code is derived from the screening's idempotency digest with a server secret
// (HMAC-SHA256), so the same screening gets the same code everywhere — in the database, in the outbox, on another
// instance, after a restart — without a lookup, while nobody without the secret can guess one.
import { createHmac } from 'node:crypto'

import { codeSecret } from './code-secret'

export const resultCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ'
const resultCodeLength = 8
/** The same pattern as the database CHECK constraint outcomes_result_code_check. */
export const resultCodePattern = /^[2-9A-HJKMNP-TV-Z]{8}$/

/**
 * The result code of the screening whose idempotency key has this digest (idempotency.ts). `attempt` > 0 gives the next code in the rare case
 * (about 1 in 10^11 per stored outcome) that another screening already holds the first one.
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

/** A code as typed or read aloud ("abcd efgh", "ABCD-EFGH") in canonical form, or null. */
export function normalizeResultCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  return resultCodePattern.test(code) ? code : null
}
