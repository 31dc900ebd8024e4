// The security headers every response carries, set once in proxy.ts (docs/decisions/0011-security-headers-and-rate-limits.md).
// No Next or Node imports: the proxy and the tests both build them.

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The Content-Security-Policy of one response. Scripts run only with this response's nonce (Next puts it on its
 * own scripts) and what they load ('strict-dynamic'); styles come from our own stylesheet or carry the nonce.
 * Forms post to this site only, plus the quick-exit site: browsers apply form-action to the redirect that
 * follows a post, and quick exit without JavaScript is a post that redirects there.
 */
export function contentSecurityPolicy(nonce: string, https: boolean, exitUrl?: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/sw.js) and the web app manifests are this site's own files.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", originOf(exitUrl)].filter(Boolean).join(' '),
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

// The origin of an http(s) address, as a CSP source; '' for anything else.
function originOf(url: string | undefined): string {
  try {
    const { origin, protocol } = new URL(url ?? '')
    return /^https?:$/.test(protocol) ? origin : ''
  } catch {
    return ''
  }
}

// Every powerful feature a page could ask for, denied: the screener needs none of them.
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

/** The headers of every response; HSTS only when the public address is https. */
export function securityHeaders(
  nonce: string,
  publicBaseUrl: string | undefined,
  exitUrl?: string,
): Record<string, string> {
  const https = /^https:\/\//i.test(publicBaseUrl ?? '')
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce, https, exitUrl),
    'X-Content-Type-Options': 'nosniff',
    // Result codes and setup tokens travel in URLs: no other site may learn them from a Referer. Not no-referrer:
    // with it browsers send "Origin: null" on form posts, which Next's server-action origin check refuses.
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': deniedFeatures.map((f) => `${f}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}
