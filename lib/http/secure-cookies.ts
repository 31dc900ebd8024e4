// Whether cookies carry the Secure flag. It follows the configured public address, never the request: a Host or
// X-Forwarded-Proto header is the client's to choose. Without PUBLIC_BASE_URL (the local start) only
// `next start` in production mode sets it, as before; browsers accept Secure cookies from http://localhost.

/** Whether cookies must be Secure: PUBLIC_BASE_URL is https, or (unset) the app runs in production mode. */
export function secureCookies(): boolean {
  const base = process.env.PUBLIC_BASE_URL
  if (base) return base.startsWith('https://')
  return process.env.NODE_ENV === 'production'
}
