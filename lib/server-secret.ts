// Server secrets: from the environment (shared by every instance of a deployment) or, on one machine, a random
// value created once under .data/ (several processes there share the file). A start against an operator's
// database refuses to serve without them (scripts/required-settings.mjs). Each use gets its own key, derived
// from its secret with HKDF, so a key that leaks from one use (a cookie, say) opens nothing else.
import { hkdfSync, randomBytes, randomUUID } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const cached = new Map<string, string>()

/**
 * A server secret: $`envName` (at least 32 characters; shared by every instance) when set, otherwise a random one
 * created once in .data/`fileName`. A comma-separated list is allowed: this gives the first (the newest).
 */
export function serverSecret(envName: string, fileName: string): string {
  return serverSecrets(envName, fileName)[0]!
}

/** Every secret in $`envName` (comma-separated, newest first), or the one in .data/`fileName` when unset. */
export function serverSecrets(envName: string, fileName: string): string[] {
  const fromEnv = process.env[envName]
  if (fromEnv) {
    const list = fromEnv
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    if (!list.length || list.some((s) => s.length < 32)) throw new Error(`${envName} must be at least 32 characters`)
    return list
  }
  let secret = cached.get(fileName)
  if (!secret)
    cached.set(
      fileName,
      (secret = fileSecret(path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data', fileName))),
    )
  return [secret]
}

// Derived once per secret and purpose (every request seals or opens a cookie): a handful of entries per process.
const purposeKeys = new Map<string, Buffer>()

/** A 256-bit key for one purpose, derived from `secret` with HKDF-SHA256 (the purpose is HKDF's info). */
export function purposeKey(secret: string, purpose: string): Buffer {
  const id = `${purpose}\n${secret}`
  let key = purposeKeys.get(id)
  if (!key) purposeKeys.set(id, (key = Buffer.from(hkdfSync('sha256', secret, 'smi-screener', purpose, 32))))
  return key
}

function fileSecret(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(path.dirname(file), { recursive: true })
    const tmp = `${file}.${randomUUID()}`
    writeFileSync(tmp, randomBytes(32).toString('hex'), { mode: 0o600 })
    try {
      linkSync(tmp, file) // appears complete or not at all; the first instance to link wins
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      unlinkSync(tmp)
    }
    return readFileSync(file, 'utf8').trim()
  }
}
