import { describe, expect, it } from 'vitest'

import { getT } from '@/lib/i18n/server'
import type { Language } from '@/lib/i18n/settings'
import type { Answers } from '@/lib/rules/answers'
import { shippedProgrammes } from '@/lib/rules/data/programmes'
import { type BlocksEvaluation, evaluateProgramme } from '@/lib/rules/programmes'

import { programmesView } from './programme-view'

function view(lng: Language, answers: Answers, asOf: string) {
  const evaluations = shippedProgrammes
    .map((p) => evaluateProgramme(p, answers, asOf))
    .filter((e): e is BlocksEvaluation => e.engine === 'blocks')
  const words = { t: getT(lng, 'programmes'), q: getT(lng, 'questions') }
  return programmesView(lng, words, shippedProgrammes, evaluations, answers.nationality)
}

const venezuelanInColombia: Answers = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-05-02',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
  facts: { 'has-other-nationality': 'no' },
}

describe('programmesView', () => {
  it('gives each programme for the person a section with its honest state today', () => {
    const v = view('en', venezuelanInColombia, '2026-12-01')
    const visa = v.sections.find((s) => s.id === 'co-visa-v-2024')!
    expect(visa.outcomeText).toBe('We cannot say yet')
    expect(visa.criteria[0]).toEqual({
      status: 'unknown',
      text: 'We do not know whether applications were taken on 1 December 2026.',
    })
    expect(visa.checkYourself).toHaveLength(3)
    const etpv = v.sections.find((s) => s.id === 'co-etpv-rumv')!
    expect(etpv.outcomeText).toBe('Applications are closed')
    expect(etpv.steps.map((s) => s.text).join(' ')).toMatch(/^Closed since \d+ \w+ 20\d\d\./)
  })

  it('lists the programmes that are not for the person in one line each, saying why', () => {
    const cuban: Answers = { hostCountry: 'CR', nationality: 'CU', statuses: [{ code: 'none' }], adult: 'yes' }
    const lines = view('en', cuban, '2026-12-01').notForYou.map((l) => l.text)
    expect(lines).toContain(
      "Canada's family pathway for Colombians, Haitians and Venezuelans: only for citizens of Colombia, Haiti and Venezuela.",
    )
    expect(lines.filter((l) => l.endsWith('only for people in Colombia.'))).toHaveLength(3)
  })

  it('says who identifies cases for a referral-only programme, in Creole too', () => {
    const nicaraguan: Answers = {
      hostCountry: 'CR',
      nationality: 'NI',
      statuses: [{ code: 'asylum_seeker', since: '2019-05' }],
      adult: 'yes',
    }
    const spain = view('ht', nicaraguan, '2023-12-20').sections.find((s) => s.id === 'es-smo-referral')!
    expect(spain.identifiedBy).toBeTruthy()
    expect(spain.kind).toBe(getT('ht', 'programmes')('kind.referral-only'))
  })

  it('words a fact criterion with the question and the answer it needs, in Spanish', () => {
    const visa = view('es', venezuelanInColombia, '2026-12-01').sections.find((s) => s.id === 'co-visa-v-2024')!
    expect(visa.criteria.map((c) => c.text)).toContain(
      `${getT('es', 'programmes')('fact.has-other-nationality.question')} Respuesta necesaria: No.`,
    )
  })
})
