// fast-check generators of schema-valid answers and days, shared by the property tests and bench:rules.
import fc from 'fast-check'

import { type Answers, hostCountries, statusCodes } from '../../lib/rules/answers'
import { dayOf } from '../../lib/rules/dates'

const pad = (n: number) => String(n).padStart(2, '0')
/** A day between 2022 and 2027, as YYYY-MM-DD. */
export const dayArb = fc
  .date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => dayOf(d))
const monthArb = fc
  .tuple(fc.integer({ min: 2022, max: 2027 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${pad(m)}`)
/** A remembered date: a day, a month or "unsure". */
const answerDateArb = fc.oneof(dayArb, monthArb, fc.constant('unsure' as const))

const nationalityArb = fc.oneof(
  fc.constantFrom('VE', 'HT', 'CU', 'NI', 'CO', 'EC', 'GT', 'HN', 'SV', 'CR'),
  fc.constantFrom('DE', 'US', 'PE', 'MX'),
)

/** Any answers the schema accepts (statuses unique, "none"/"unsure" possibly mixed in: the engine must cope). */
export const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    hostCountry: fc.constantFrom(...hostCountries),
    nationality: nationalityArb,
    arrivalDate: fc.option(answerDateArb, { nil: undefined }),
    statuses: fc.uniqueArray(
      fc.record({ code: fc.constantFrom(...statusCodes), since: fc.option(answerDateArb, { nil: undefined }) }),
      { selector: (s) => s.code, maxLength: 4 },
    ),
    adult: fc.constantFrom('yes' as const, 'no' as const, 'unsure' as const),
  })
  .map((a) => {
    const answers: Answers = { ...a }
    if (answers.arrivalDate === undefined) delete answers.arrivalDate
    return answers
  })
