export const requiredSecrets: string[]
export function usesExternalDatabase(env?: Record<string, string | undefined>): boolean
export function missingSettings(env?: Record<string, string | undefined>): string[]
export function refuseUnsafeStart(env?: Record<string, string | undefined>): void
