// GET /api/metrics: Prometheus text for a scraper holding METRICS_TOKEN (Authorization: Bearer ...). No token set:
// 404, as if the endpoint did not exist. Nothing in it is about a person (lib/metrics/registry.ts).
import { metricsAccess } from '@/lib/metrics/auth'
import { metricsText } from '@/lib/metrics/exposition'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get('authorization'))
  if (access === 'not_found') return new Response('Not found', { status: 404 })
  if (access === 'unauthorized')
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } })
  const { body, contentType } = await metricsText()
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store' } })
}
