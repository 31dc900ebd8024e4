import 'server-only'
import { cookies } from 'next/headers'
import { unseal } from '@/lib/session/sealed-cookie'

/** The cookie that carries a just-issued access code to the page that shows it once. */
export const ISSUED_COOKIE = 'shelter-code-issued'

export interface IssuedCode {
  nonce: string
  code: string
  shelter: string
  label: string
}

/** The code issued with this nonce (from the redirect URL), if it is still there. */
export async function readIssued(nonce: string | undefined): Promise<IssuedCode | null> {
  if (!nonce) return null
  const issued = unseal((await cookies()).get(ISSUED_COOKIE)?.value) as IssuedCode | null
  return issued?.nonce === nonce ? issued : null
}
