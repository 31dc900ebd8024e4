// Generated requests for the fuzz suite: API bodies, form posts (with server-action fields taken from real pages
// and then mutated), paths with odd escapes, every method, and odd headers. fast-check with a fixed seed, so a
// failure names a request that can be sent again.
import fc from 'fast-check'

export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Buffer
}

const valid = {
  hostCountry: 'CO',
  nationality: 'VE',
  arrivalDate: '2023-05-02',
  statuses: [{ code: 'ppt' }],
  adult: 'yes',
}
const day = fc.oneof(
  fc.constantFrom('0000-01-01', '2023-02-29', '2101-01-01', '1899-12-31', '2024-02-29', '2023-13-01', 'unsure', ''),
  fc.string({ maxLength: 12 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
)
const answers = fc.record(
  {
    hostCountry: fc.oneof(fc.constantFrom('CO', 'CR', 'EC', 'GT', 'US', ''), fc.jsonValue()),
    nationality: fc.oneof(fc.constantFrom('VE', 'HT', 'ZZ', 'v', ''), fc.jsonValue()),
    arrivalDate: fc.oneof(day, fc.jsonValue()),
    statuses: fc.oneof(fc.array(fc.record({ code: fc.string({ maxLength: 20 }), since: day })), fc.jsonValue()),
    adult: fc.oneof(fc.constantFrom('yes', 'no', 'unsure'), fc.jsonValue()),
  },
  { requiredKeys: [] },
)
const apiBody = fc.oneof(
  fc.record({ answers, asOf: day, locale: fc.constantFrom('es', 'xx', 'ht') }, { requiredKeys: ['answers'] }),
  fc.jsonValue().map((v) => ({ answers: valid, extra: v })),
  fc.jsonValue(),
)
const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' })
const segment = fc.oneof(
  fc.constantFrom('%ff', '%', '%e0%a4%a', '%00', '..', '%2e%2e', '%2F', 'r', 'check', 'admin', 'ZZZZ2222', '%C3%A9'),
  fc.stringMatching(/^[A-Za-z0-9%._~-]{0,12}$/),
)
const lng = fc.constantFrom('es', 'en', 'fr', 'ht', 'xx', '')
const path = fc.oneof(
  fc.tuple(lng, fc.array(segment, { maxLength: 4 })).map(([l, s]) => `/${[l, ...s].join('/')}`),
  fc.array(segment, { maxLength: 3 }).map((s) => `/api/v1/${s.join('/')}`),
  fc.constantFrom(
    '/api/health',
    '/api/v1/rules',
    '/api/v1/rules/%ff',
    '/api/v1/programmes',
    '/api/v1/programmes/cr-cet-2023',
    '/api/v1/programmes/%ff',
    '/es/r/%ff',
    '/api/v1/openapi.json',
  ),
)
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE')
const headers = fc.record(
  {
    'accept-language': fc.oneof(fc.constantFrom('fr', 'ht-HT,fr;q=0.5', '*', 'zz;q=x'), fc.string({ maxLength: 40 })),
    origin: fc.constantFrom('null', 'https://evil.example', 'not a url', 'http://127.0.0.1'),
    'idempotency-key': fc.string({ minLength: 0, maxLength: 140 }),
    cookie: fc.oneof(
      fc.constantFrom('lng=xx', 'answers=garbage', 'answers-flash=%ff; lng=fr'),
      fc.string({ maxLength: 60 }),
    ),
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
    ),
  },
  { requiredKeys: [] },
)
// Header values must be visible ASCII, or the client itself refuses to send them.
const clean = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.replace(/[^\x20-\x7e]/g, '')]))

/** Form posts to the questionnaire, with real server-action fields (`actions`) mutated or left alone. */
function formPost(actions: { id: string; path: string }[]) {
  const field = fc.tuple(
    fc.oneof(
      fc.constantFrom('asOf', 'arrival-day', 'arrival-month', 'arrival-year', 'hostCountry', 'status'),
      fc.string({ maxLength: 70 }),
    ),
    text(3000),
  )
  const bound = fc.oneof(
    fc.constant('["es"]'),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    text(20),
  )
  const meta = fc.constantFrom(...actions).chain((a) =>
    fc.record({
      path: fc.constant(a.path),
      id: fc.oneof(fc.constant(a.id), fc.stringMatching(/^[0-9a-f]{40,42}$/)),
      bound: fc.constantFrom('$@1', '$@2', null, 5),
    }),
  )
  return fc.tuple(meta, bound, fc.array(field, { maxLength: 6 }), fc.boolean()).map(([m, b, fields, viaHeader]) => {
    const form = new URLSearchParams()
    form.set('$ACTION_REF_0', '')
    form.set('$ACTION_0:0', JSON.stringify({ id: m.id, bound: m.bound }))
    form.set('$ACTION_0:1', b)
    for (const [k, v] of fields) form.append(k, v)
    const h: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    if (viaHeader) h['next-action'] = m.id
    return { method: 'POST', path: m.path, headers: h, body: form.toString() } satisfies FuzzRequest
  })
}

/** `n` generated requests, reproducible from `seed`. */
export function fuzzRequests(n: number, seed: number, actions: { id: string; path: string }[]): FuzzRequest[] {
  const api = fc
    .tuple(
      fc.constantFrom('/api/v1/eligibility', '/api/v1/eligibility?lang=fr', '/api/v1/screenings'),
      apiBody,
      headers,
    )
    .map(([p, b, h]) => ({
      method: 'POST',
      path: p,
      headers: { ...clean(h), 'content-type': 'application/json' },
      body: JSON.stringify(b),
    }))
  const anything = fc.tuple(method, path, headers, fc.option(text(200))).map(([m, p, h, b]) => ({
    method: m,
    path: p,
    headers: clean(h),
    body: m === 'GET' || m === 'HEAD' || b === null ? undefined : b,
  }))
  const all = fc.oneof(
    { arbitrary: api, weight: 3 },
    { arbitrary: formPost(actions), weight: 3 },
    { arbitrary: anything, weight: 4 },
  )
  return fc.sample(all, { numRuns: n, seed })
}
