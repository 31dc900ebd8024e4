import { hash, verify } from '@node-rs/argon2'

// argon2id with OWASP's minimum (19 MiB, 2 iterations, 1 lane):
// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#argon2id
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolatedModules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }

/** Shortest password accepted: long passphrases beat complexity rules (NIST SP 800-63B §3.1.1.2). */
export const minPasswordLength = 12

/** The argon2id hash (PHC string) of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

/** Whether `password` matches an argon2id PHC string; false for a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password)
  } catch {
    return false
  }
}

// Verifying against this when the account does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummy: Promise<string> | undefined
/** Spends the time of one verification without an account. */
export async function verifyNothing(password: string): Promise<false> {
  await verifyPassword(await (dummy ??= hashPassword('not-a-real-password')), password)
  return false
}
