// Server secrets: from the environment (shared by every instance of a deployment) or, on one machine, a random
// value created once under .data/ (several processes there share the file).
import { randomBytes, randomUUID } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const cached = new Map<string, string>()

/**
 * A server secret: $`envName` (at least 32 characters; shared by every instance) when set, otherwise a random one
 * created once in .data/`fileName`. Used for result codes, shelter access codes and the answers cookie.
 */
export function serverSecret(envName: string, fileName: string): string {
  const fromEnv = process.env[envName]
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error(`${envName} must be at least 32 characters`)
    return fromEnv
  }
  let secret = cached.get(fileName)
  if (!secret)
    cached.set(
      fileName,
      (secret = fileSecret(path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data', fileName))),
    )
  return secret
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
