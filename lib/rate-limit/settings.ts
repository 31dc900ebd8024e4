// Every rate limit, its setting and its default: "points/seconds" (README, Configuration).

export const limitDefaults = {
  /** POST /api/v1/screenings per client address. */
  screenings: { env: 'RATE_LIMIT_SCREENINGS', points: 60, seconds: 60 },
  /** POST /api/app/outcomes per client address: outcomes of the questionnaire run in the browser. */
  deviceOutcomes: { env: 'RATE_LIMIT_DEVICE_OUTCOMES', points: 60, seconds: 60 },
  /** POST /api/v1/eligibility per client address: generous, it stores nothing. */
  eligibility: { env: 'RATE_LIMIT_ELIGIBILITY', points: 600, seconds: 60 },
  /** GET /{lng}/r/{code} per client address. */
  resultPages: { env: 'RATE_LIMIT_RESULT_PAGES', points: 30, seconds: 60 },
  /** Assisted-mode unlock attempts per client address. */
  unlock: { env: 'RATE_LIMIT_UNLOCK', points: 10, seconds: 900 },
  /** Admin sign-in attempts per (account, client address). */
  loginAccount: { env: 'RATE_LIMIT_LOGIN_ACCOUNT', points: 5, seconds: 900 },
  /** Admin sign-in attempts per client address, whatever the account. */
  loginClient: { env: 'RATE_LIMIT_LOGIN_CLIENT', points: 20, seconds: 900 },
} as const

export type LimitName = keyof typeof limitDefaults

export interface Limit {
  points: number
  seconds: number
}

/** A limit from its setting ("points/seconds", both positive integers), or its default when unset or malformed. */
export function limitOf(name: LimitName, env: Record<string, string | undefined> = process.env): Limit {
  const d = limitDefaults[name]
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(env[d.env] ?? '')
  const points = Number(match?.[1])
  const seconds = Number(match?.[2])
  return points > 0 && seconds > 0 ? { points, seconds } : { points: d.points, seconds: d.seconds }
}
