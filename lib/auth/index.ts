// The admin authentication module, for every feature that needs a signed-in admin (docs/decisions/0006-admin-area.md).

export { currentAdmin, mustEnrol, requireRole, requireSignedIn } from './guard'
export { hasRole, isRole, type Role, roles } from './roles'
