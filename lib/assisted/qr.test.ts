import { describe, expect, it } from 'vitest'

import { qrSvg } from './qr'

describe('QR code of a result code', () => {
  it('is an SVG drawn in black on white, and differs for another code', async () => {
    const svg = await qrSvg('https://screener.example.org/es/r/ABCD2345')
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/)
    expect(svg).toContain('stroke="#000000"')
    expect(await qrSvg('https://screener.example.org/es/r/ABCD2346')).not.toBe(svg)
  })
})
