import { openApiDocument } from '@/lib/api/openapi'

/** GET /api/v1/openapi.json */
export function GET() {
  return Response.json(openApiDocument())
}
