// The admin authentication module, for every feature that needs a signed-in admin (issue 6).
export { type Actor, audit } from './audit'
export { currentAdmin, mustEnrol, requireRole, requireSignedIn } from './guard'
export { assertSameOrigin } from './request'
export { hasRole, isRole, type Role, roles } from './roles'
export type { SessionAccount } from './sessions'
