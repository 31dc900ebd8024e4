// The secret behind result codes (result-code.ts): OUTCOME_CODE_SECRET (at least 32 characters, shared by every
// instance of a deployment), otherwise .data/outcome-code.secret (lib/server-secret.ts).
import { serverSecret } from '@/lib/server-secret'

/** The result-code secret (see the file comment). */
export function codeSecret(): string {
  return serverSecret('OUTCOME_CODE_SECRET', 'outcome-code.secret')
}
