// Programmes: the pure model (schema, blocks, engine, "which facts matter"), no framework imports.
export { type BaseQuestion, baseQuestions, baseQuestionsThatMatter } from './base-questions'
export * from './blocks'
export {
  checkProgrammeCase,
  type ProgrammeTestCase,
  programmeTestCaseFileSchema,
  programmeTestCaseSchema,
} from './check'
export { type AnyProgramme, evaluateProgramme, type SafeMobilityProgramme } from './evaluate'
export { allBlocks, type Programme, programmeSchema } from './programme'
export { factsInForce, factsThatMatter } from './questions'
export { programmePeriodOn, programmeVersionOn } from './registration'
export type * from './results'
export * from './schema'
export * from './sensitive'
