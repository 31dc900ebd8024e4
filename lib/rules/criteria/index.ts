// The criteria, one small named function each: each returns met / not_met / unknown plus its rule value.
export { oldEnough } from './age'
export { arrivedByCutoff } from './arrival-date'
export { hasAcceptedStatus } from './legal-status'
export { eligibleNationality } from './nationality'
export { registrationOpen } from './registration-open'
