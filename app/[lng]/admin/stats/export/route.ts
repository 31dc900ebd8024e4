import type { NextRequest } from 'next/server'

import { requireRole } from '@/lib/auth'
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'
import { todayIso } from '@/lib/rules/dates'
import { parseStatsQuery } from '@/lib/stats/filters'

import { statsCsv } from '../_lib/csv-export'
import { loadStatsView } from '../_lib/load-view'
import { programmeNames } from '../_lib/programme-names'

/** GET: the CSV of the table the dashboard shows for the same query string. */
export async function GET(req: NextRequest, { params }: RouteContext<'/[lng]/admin/stats/export'>) {
  const { lng } = await params
  if (!isLanguage(lng)) return new Response('Not found', { status: 404 })
  await requireRole('viewer', lng)
  const query = parseStatsQuery(req.nextUrl.searchParams)
  const [data, names] = await Promise.all([loadStatsView(query), programmeNames(lng)])
  const csv = statsCsv(query, data, getT(lng, 'stats'), lng, names)
  const day = todayIso()
  return new Response(`\uFEFF${csv}`, {
    // the BOM makes spreadsheets read UTF-8 (Kreyòl, español)
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="stats-${query.view}-${day}.csv"`,
      'cache-control': 'private, no-store',
    },
  })
}
