// The admin authentication module, for every feature that needs a signed-in admin (issue 6).
export { currentAdmin, requireRole } from './guard'
export { assertSameOrigin } from './request'
export { hasRole, isRole, roles, type Role } from './roles'
export type { SessionAccount } from './sessions'
export { audit, type Actor } from './audit'
