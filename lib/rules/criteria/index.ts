// The criteria, one small named function each (issue 3): each returns met / not_met / unknown plus its rule value.
export { registrationOpen } from './registration-open'
export { eligibleNationality } from './nationality'
export { arrivedByCutoff } from './arrival-date'
export { hasAcceptedStatus } from './legal-status'
export { oldEnough } from './age'
