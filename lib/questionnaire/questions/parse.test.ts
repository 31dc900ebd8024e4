import { describe, expect, it } from 'vitest'

import type { Draft } from '../draft'
import { statusOptionsFor } from '../status-options'
import { parseDate } from './dates'
import { baseQuestions } from './index'
import type { BaseQuestionId, Fields } from './types'

const parseQuestion = (id: BaseQuestionId, fields: Fields, draft: Draft, today: string) =>
  baseQuestions[id].parse(fields, draft, today)

const today = '2024-05-10'

describe('arrival-date', () => {
  const arrival = (day: string, month: string, year: string) =>
    parseQuestion('arrival-date', { 'arrival-day': day, 'arrival-month': month, 'arrival-year': year }, {}, today)

  it('keeps a full date', () => {
    expect(arrival('9', '6', '2023')).toEqual({ ok: true, patch: { arrivalDate: '2023-06-09' } })
  })

  it('keeps only the month when the day is left empty', () => {
    expect(arrival('', '6', '2023')).toEqual({ ok: true, patch: { arrivalDate: '2023-06' } })
  })

  it('takes "I\'m not sure" even with half-filled fields', () => {
    expect(parseQuestion('arrival-date', { 'arrival-unsure': '1', 'arrival-year': '20' }, {}, today)).toEqual({
      ok: true,
      patch: { arrivalDate: 'unsure' },
    })
  })

  it('names the field to fix and why', () => {
    expect(arrival('', '', '')).toEqual({ ok: false, errors: { 'arrival-month': 'date_required' } })
    expect(arrival('1', '', '2023')).toEqual({ ok: false, errors: { 'arrival-month': 'month_required' } })
    expect(arrival('1', '6', '23')).toEqual({ ok: false, errors: { 'arrival-year': 'year_format' } })
    expect(arrival('31', '2', '2023')).toEqual({ ok: false, errors: { 'arrival-day': 'invalid_date' } })
    expect(arrival('11', '5', '2024')).toEqual({ ok: false, errors: { 'arrival-day': 'date_in_future' } })
    expect(arrival('', '6', '2024')).toEqual({ ok: false, errors: { 'arrival-month': 'date_in_future' } })
  })

  it('accepts today', () => {
    expect(parseDate({ 'x-day': '10', 'x-month': '5', 'x-year': '2024' }, 'x', today)).toBe('2024-05-10')
  })
})

describe('legal-status', () => {
  const draft = { hostCountry: 'CO' as const, nationality: 'VE' }

  it('keeps every status offered for the host country', () => {
    expect(parseQuestion('legal-status', { status: ['ppt', 'valid_passport'] }, draft, today)).toEqual({
      ok: true,
      patch: { statuses: [{ code: 'ppt' }, { code: 'valid_passport' }] },
    })
  })

  it('refuses "none of these" together with a status', () => {
    expect(parseQuestion('legal-status', { status: ['none', 'ppt'] }, draft, today)).toEqual({
      ok: false,
      errors: { status: 'status_exclusive' },
    })
  })

  it('offers the PPT only to Venezuelans', () => {
    expect(parseQuestion('legal-status', { status: 'ppt' }, { hostCountry: 'CO', nationality: 'CU' }, today)).toEqual({
      ok: false,
      errors: { status: 'choose_status' },
    })
    expect(statusOptionsFor('CO', 'HT')).not.toContain('ppt_in_process')
    expect(statusOptionsFor('CO', 'VE')).toEqual(expect.arrayContaining(['ppt', 'ppt_in_process']))
  })

  it("ignores a status not offered in that country (Colombia's PPT in Ecuador)", () => {
    expect(parseQuestion('legal-status', { status: 'ppt' }, { hostCountry: 'EC' }, today)).toEqual({
      ok: false,
      errors: { status: 'choose_status' },
    })
  })

  it('keeps the registration date of a status chosen again', () => {
    const before = { ...draft, statuses: [{ code: 'asylum_seeker' as const, since: '2023-05' }] }
    expect(parseQuestion('legal-status', { status: 'asylum_seeker' }, before, today)).toEqual({
      ok: true,
      patch: { statuses: [{ code: 'asylum_seeker', since: '2023-05' }] },
    })
  })
})

describe('registration-date', () => {
  it('stores a date per status and "not sure" per status', () => {
    const draft = {
      hostCountry: 'CR' as const,
      statuses: [{ code: 'asylum_seeker' as const }, { code: 'valid_passport' as const }],
    }
    expect(
      parseQuestion(
        'registration-date',
        {
          'asylum_seeker-present': '1',
          'asylum_seeker-month': '5',
          'asylum_seeker-year': '2023',
        },
        draft,
        today,
      ),
    ).toEqual({
      ok: true,
      patch: { statuses: [{ code: 'asylum_seeker', since: '2023-05' }, { code: 'valid_passport' }] },
    })
  })
})

describe('host-country, nationality, adult', () => {
  it('accepts only the four host countries', () => {
    expect(parseQuestion('host-country', { hostCountry: 'PE' }, {}, today)).toEqual({
      ok: false,
      errors: { hostCountry: 'choose_host_country' },
    })
  })

  it('accepts any real ISO country as nationality', () => {
    expect(parseQuestion('nationality', { nationality: 'DE' }, {}, today)).toEqual({
      ok: true,
      patch: { nationality: 'DE' },
    })
    expect(parseQuestion('nationality', { nationality: 'XX' }, {}, today)).toEqual({
      ok: false,
      errors: { nationality: 'choose_nationality' },
    })
  })

  it('asks again when no age answer is chosen', () => {
    expect(parseQuestion('adult', {}, {}, today)).toEqual({ ok: false, errors: { adult: 'choose_adult' } })
  })
})

describe('another country and no nationality', () => {
  const today = '2026-11-26'
  it('reads "another country" with a country of the region, and refuses it without one or with a host country', () => {
    expect(parseQuestion('host-country', { hostCountry: 'other', elsewhere: 'CL' }, {}, today)).toEqual({
      ok: true,
      patch: { hostCountry: undefined, elsewhere: 'CL' },
    })
    expect(parseQuestion('host-country', { elsewhere: 'ZZ' }, {}, today)).toMatchObject({ ok: true })
    expect(parseQuestion('host-country', { hostCountry: 'other' }, {}, today)).toEqual({
      ok: false,
      errors: { elsewhere: 'choose_elsewhere' },
    })
    expect(parseQuestion('host-country', { hostCountry: 'other', elsewhere: 'CO' }, {}, today)).toMatchObject({
      ok: false,
    })
  })
  it('reads "stateless or not known" as no nationality', () => {
    expect(parseQuestion('nationality', { nationality: 'stateless' }, { hostCountry: 'EC' }, today)).toEqual({
      ok: true,
      patch: { nationality: undefined, stateless: true },
    })
  })
})
