// The secret behind result codes (result-code.ts). OUTCOME_CODE_SECRET (at least 32 characters) when set — every
// instance of a deployment must share it; otherwise a random secret kept in .data/outcome-code.secret, created
// once, which suits one machine (several instances there share the file).
import { randomBytes, randomUUID } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

let cached: string | undefined

/** The result-code secret (see the file comment). */
export function codeSecret(): string {
  const fromEnv = process.env.OUTCOME_CODE_SECRET
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('OUTCOME_CODE_SECRET must be at least 32 characters')
    return fromEnv
  }
  return (cached ??= fileSecret(path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data/outcome-code.secret')))
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
