import { createApiKey } from '@/lib/api/api-keys'

/** A fresh API key for `client` (a real row, as `npm run api-key:create` makes it). */
export async function testApiKey(client = `test-partner-${Math.random().toString(36).slice(2, 8)}`) {
  const { id, key } = await createApiKey(client, null)
  return { id, key, client, authorization: `Bearer ${key}` }
}

/** The route handler called as a partner would: with `partner()`'s key in the Authorization header. */
export function asPartner(
  handler: (request: Request) => Promise<Response>,
  partner: () => { authorization: string },
): (request: Request) => Promise<Response> {
  return (request) => {
    request.headers.set('authorization', partner().authorization)
    return handler(request)
  }
}
