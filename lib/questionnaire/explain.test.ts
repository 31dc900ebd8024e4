import { describe, expect, it } from 'vitest'

import { getT } from '@/lib/i18n/server'
import { languages } from '@/lib/i18n/settings'
import { hostCountries } from '@/lib/rules/answers'

import { hostParams } from './explain'
import { baseQuestionIds as questionIds } from './questions'

describe('hostParams', () => {
  it('fills every question title in every language without leaving a {{placeholder}}', () => {
    for (const lng of languages) {
      const t = getT(lng, 'questions')
      for (const host of hostCountries) {
        for (const id of questionIds)
          expect(t(`${id}.title`, hostParams(t, host)), `${lng} ${id} ${host}`).not.toContain('{{')
      }
    }
  })

  it('uses the grammatical form French needs before a country', () => {
    expect(hostParams(getT('fr', 'questions'), 'CR')).toEqual({ country: 'Costa Rica', inCountry: 'au Costa Rica' })
  })
})
