import 'server-only'

import QRCode from 'qrcode'

/**
 * A QR code for `url` as an SVG string, drawn on the server (no client JavaScript, crisp on paper): black on
 * white, error correction M (readable with a fold or smudge), a quiet zone of 2 modules.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  })
}
