// The rules module's public surface: pure TypeScript, no next/react/prisma/i18next (runs in browser and CLI).
export * from './answers'
export * from './evaluation'
export { ruleSetSchema, historySchema, type RuleSet, type History, type HostRules, type Period, type Source } from './schema'
export { evaluate, decide } from './evaluate'
export { versionInForce } from './history'
export { closedSince, statusOn } from './registration'
export { namedNationalities, needsArrivalDate, statusesNeedingDate } from './lookups'
export { checkCase, testCaseSchema, testCaseFileSchema, type TestCase } from './check'
