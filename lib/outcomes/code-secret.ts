// The key behind result codes (result-code.ts): derived with HKDF from OUTCOME_CODE_SECRET (at least 32
// characters, shared by every instance of a deployment), otherwise from .data/outcome-code.secret.
import { purposeKey, serverSecret } from '@/lib/server-secret'

let cached: { secret: string; key: Buffer } | null = null

/** The result-code key (see the file comment). */
export function codeSecret(): Buffer {
  const secret = serverSecret('OUTCOME_CODE_SECRET', 'outcome-code.secret')
  if (cached?.secret !== secret) cached = { secret, key: purposeKey(secret, 'result-code') }
  return cached.key
}
