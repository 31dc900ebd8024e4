// Admin roles, lowest first. Each role can do everything the roles before it can.
export const roles = ['viewer', 'editor', 'approver', 'admin'] as const
export type Role = (typeof roles)[number]

/** Whether `value` is one of the four admin roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** Whether an account with role `actual` may do what needs role `needed`. */
export function hasRole(actual: string, needed: Role): boolean {
  return isRole(actual) && roles.indexOf(actual) >= roles.indexOf(needed)
}
