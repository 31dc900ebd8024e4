// The admin authentication module, for every feature that needs a signed-in admin (issue 6).

export { currentAdmin, requireRole } from './guard'
export { hasRole, isRole, type Role, roles } from './roles'
