import { describe, expect, it } from 'vitest'

import { languages } from '@/lib/i18n/settings'

import { tooManyJson, tooManyPage } from './refusal'

describe('429 answers', () => {
  it.each([...languages])('%s: a short page with a title, the wait in minutes and a way back', async (lng) => {
    const res = tooManyPage(lng, 125, `/${lng}/assisted`)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('125')
    const html = await res.text()
    expect(html).toContain(`<html lang="${lng}">`)
    expect(html).toMatch(/<title>[^<]+<\/title>/)
    expect(html).toMatch(/<h1>[^<]+<\/h1>/)
    expect(html).toContain(' 3 ')
    expect(html).toContain(`href="/${lng}/assisted"`)
  })

  it('never links away from the site', async () => {
    expect(await tooManyPage('en', 5, '//evil.example').text()).toContain('href="/en"')
  })

  it('answers the API in JSON with the message in the language asked', async () => {
    const res = tooManyJson('fr', 7)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('7')
    expect(await res.json()).toMatchObject({ error: 'rate_limited', issues: [{ code: 'rate_limited' }] })
  })
})
