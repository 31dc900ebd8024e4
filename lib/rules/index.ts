// The rules module's public surface: pure TypeScript, no next/react/prisma/i18next (runs in browser and CLI).
export * from './answers'
export { checkCase, type TestCase, testCaseFileSchema, testCaseSchema } from './check'
export { decide, evaluate } from './evaluate'
export * from './evaluation'
export { versionInForce } from './history'
export { namedNationalities, needsArrivalDate, statusesNeedingDate } from './lookups'
export { closedSince, statusOn } from './registration'
export {
  type History,
  historySchema,
  type HostRules,
  type Period,
  type RuleSet,
  ruleSetSchema,
  type Source,
} from './schema'
