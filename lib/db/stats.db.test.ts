import { createHash, randomUUID } from 'node:crypto'

import { afterAll, describe, expect, it } from 'vitest'

import { parseStatsQuery } from '@/lib/stats/filters'

import { db } from './prisma'
import { countOutcomes, filterChoices, lastScreeningDay, rulesVersionsIn } from './stats'

// A rules version of our own keeps these rows apart from other tests sharing the database.
const version = `test-stats-${randomUUID().slice(0, 8)}`
const code = () =>
  Array.from({ length: 8 }, () => '23456789ABCDEFGHJKMNPQRSTVWXYZ'[Math.floor(Math.random() * 30)]).join('')
const outcome = (
  screenedOn: string,
  hostCountry: string,
  nationality: string,
  result: string,
  channel = 'self',
  locale = 'es',
) => ({
  idempotencyDigest: createHash('sha256').update(randomUUID()).digest('hex'),
  resultCode: code(),
  screenedOn: new Date(`${screenedOn}T00:00:00Z`),
  asOf: new Date(`${screenedOn}T00:00:00Z`),
  hostCountry,
  nationality,
  arrival: 'on_or_before',
  statuses: ['ppt'],
  adult: 'yes',
  outcome: result,
  criteria: [],
  rulesVersion: version,
  locale,
  channel,
  shelterId: channel === 'assisted' ? 'shelter-01' : null,
})

afterAll(async () => {
  await db().outcomeProgramme.deleteMany({ where: { parent: { rulesVersion: version } } })
  await db().outcome.deleteMany({ where: { rulesVersion: version } })
})

describe('outcome statistics', () => {
  it('counts stored outcomes by view and filters, kept in step on insert and delete', async () => {
    await db().outcome.createMany({
      data: [
        outcome('2024-03-05', 'CO', 'VE', 'likely_eligible'),
        outcome('2024-03-04', 'CO', 'VE', 'likely_eligible', 'assisted', 'ht'), // assisted: a Monday (ISO week)
        outcome('2024-03-20', 'CO', 'HT', 'not_eligible'),
        outcome('2024-04-02', 'EC', 'VE', 'needs_more_information', 'api', 'en'),
      ],
    })
    // One more, in its own statement, as the screener writes them.
    await db().outcome.create({ data: outcome('2024-04-03', 'EC', 'CO', 'likely_eligible') })
    const q = (params: Record<string, string>) => parseStatsQuery({ rulesVersion: version, ...params })

    expect(await countOutcomes(q({ view: 'host-country' }), undefined)).toEqual([
      { key: 'CO', outcome: 'likely_eligible', count: 2 },
      { key: 'CO', outcome: 'not_eligible', count: 1 },
      { key: 'EC', outcome: 'likely_eligible', count: 1 },
      { key: 'EC', outcome: 'needs_more_information', count: 1 },
    ])
    expect(await countOutcomes(q({ view: 'period', granularity: 'month', hostCountry: 'CO' }), undefined)).toEqual([
      { key: '2024-03', outcome: 'likely_eligible', count: 2 },
      { key: '2024-03', outcome: 'not_eligible', count: 1 },
    ])
    expect(await countOutcomes(q({ view: 'period', granularity: 'week', to: '2024-03-31' }), undefined)).toEqual([
      { key: '2024-03-04', outcome: 'likely_eligible', count: 2 },
      { key: '2024-03-18', outcome: 'not_eligible', count: 1 },
    ])
    // Whole months from monthly counts, edge days from daily counts: the same totals either way.
    expect(await countOutcomes(q({ view: 'host-country', from: '2024-03-05', to: '2024-04-30' }), undefined)).toEqual([
      { key: 'CO', outcome: 'likely_eligible', count: 1 },
      { key: 'CO', outcome: 'not_eligible', count: 1 },
      { key: 'EC', outcome: 'likely_eligible', count: 1 },
      { key: 'EC', outcome: 'needs_more_information', count: 1 },
    ])
    expect(await countOutcomes(q({ view: 'locale', channel: 'assisted' }), undefined)).toEqual([
      { key: 'ht', outcome: 'likely_eligible', count: 1 },
    ])

    await db().outcome.deleteMany({ where: { rulesVersion: version, nationality: 'VE' } })
    expect(await countOutcomes(q({ view: 'nationality', to: '2024-03-31' }), undefined)).toEqual([
      { key: 'HT', outcome: 'not_eligible', count: 1 },
    ])
    expect(await countOutcomes(q({ view: 'nationality' }), undefined)).toEqual([
      { key: 'CO', outcome: 'likely_eligible', count: 1 },
      { key: 'HT', outcome: 'not_eligible', count: 1 },
    ])
    expect((await filterChoices()).rulesVersions).toContain(version)
    expect(await rulesVersionsIn(q({ view: 'outcome' }), undefined)).toEqual([version])
    expect(await lastScreeningDay()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('counts each programme by the outcome’s dimensions, one programme at a time or all side by side', async () => {
    const programmeVersion = `${version}-programme`
    const withProgrammes = (cet: string) => ({
      ...outcome('2024-05-06', 'CR', 'NI', 'registration_closed'),
      programmes: {
        create: [
          { programme: 'cr-cet-2023', programmeVersion, outcome: cet, criteria: [], facts: {} },
          { programme: 'ca-empp', programmeVersion, outcome: 'needs_more_information', criteria: [], facts: {} },
        ],
      },
    })
    for (const cet of ['likely_eligible', 'likely_eligible', 'not_eligible'])
      await db().outcome.create({ data: withProgrammes(cet) })
    const q = (params: Record<string, string>) => parseStatsQuery(params)

    expect(
      await countOutcomes(
        q({ view: 'host-country', programme: 'cr-cet-2023', rulesVersion: programmeVersion }),
        undefined,
      ),
    ).toEqual([
      { key: 'CR', outcome: 'likely_eligible', count: 2 },
      { key: 'CR', outcome: 'not_eligible', count: 1 },
    ])
    // Days at the edges from daily counts, the whole month from monthly counts: the same either way.
    for (const range of [{}, { from: '2024-05-06', to: '2024-05-06' }] as Record<string, string>[])
      expect(
        await countOutcomes(q({ view: 'programme', rulesVersion: programmeVersion, ...range }), undefined),
      ).toEqual([
        { key: 'ca-empp', outcome: 'needs_more_information', count: 3 },
        { key: 'cr-cet-2023', outcome: 'likely_eligible', count: 2 },
        { key: 'cr-cet-2023', outcome: 'not_eligible', count: 1 },
      ])
    // Without a programme: Safe Mobility, as before; the programme view shows it beside the others.
    expect(
      await countOutcomes(q({ view: 'nationality', rulesVersion: version, from: '2024-05-01' }), undefined),
    ).toEqual([{ key: 'NI', outcome: 'registration_closed', count: 3 }])
    expect(await countOutcomes(q({ view: 'programme', rulesVersion: version, from: '2024-05-01' }), undefined)).toEqual(
      [{ key: 'safe-mobility', outcome: 'registration_closed', count: 3 }],
    )
    expect(
      await rulesVersionsIn(
        q({ view: 'outcome', programme: 'ca-empp', from: '2024-05-06', to: '2024-05-06' }),
        undefined,
      ),
    ).toContain(programmeVersion)
    const choices = await filterChoices()
    expect(choices.programmes[0]).toBe('safe-mobility')
    expect(choices.programmes).toEqual(expect.arrayContaining(['ca-empp', 'cr-cet-2023']))
    expect(choices.rulesVersions).toEqual(expect.arrayContaining([version, programmeVersion]))
  })
})
