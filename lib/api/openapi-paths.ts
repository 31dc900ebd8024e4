// The operations of the OpenAPI document: every answer each route really gives, with its schema.

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })
const json = (id: string) => ({ content: { 'application/json': { schema: ref(id) } } })
const error = (description: string, id = 'Error') => ({ description, ...json(id) })
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
}
const lang = {
  name: 'lang',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['es', 'en', 'fr', 'ht'] },
  description: 'Adds sentences in this language next to the codes (or send Accept-Language).',
}
/** What the proxy answers for a method a path does not take (lib/http/request-guards.ts). */
const notAllowed = {
  description: 'Method not allowed; the Allow header lists the methods this path takes',
  headers: { Allow: { description: 'Methods this path takes.', schema: { type: 'string' } } },
  ...json('Error'),
}
const tooMany = { description: 'Too many requests from this client', headers: retryAfter, ...json('Error') }
const tooLarge = (id = 'Error') => error('Body over 32 KB (the connection is then closed)', id)

/** The `paths` object of the document. */
export function openApiPaths() {
  return {
    '/api/v1/eligibility': {
      post: {
        operationId: 'evaluateEligibility',
        summary: 'Evaluate answers against the rules in force on a day (stores nothing)',
        security: [],
        parameters: [lang],
        requestBody: { required: true, ...json('EligibilityRequest') },
        responses: {
          200: { description: 'The evaluation; with ?lang= also its sentences', ...json('EligibilityResponse') },
          400: error('Invalid body: field errors as codes with messages'),
          405: notAllowed,
          413: tooLarge(),
          429: tooMany,
        },
      },
    },
    '/api/v1/screenings': {
      post: {
        operationId: 'recordScreening',
        summary: 'Evaluate and store the anonymised outcome (channel api)',
        security: [{ apiKey: [] }],
        parameters: [
          lang,
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', pattern: '^[\\x21-\\x7e]{16,128}$' },
            description: 'One key per screening: the same key and answers again store nothing new, same code.',
          },
        ],
        requestBody: { required: true, ...json('ScreeningRequest') },
        responses: {
          201: { description: 'Stored', ...json('ScreeningResponse') },
          400: error('Invalid: field errors as codes with messages', 'ScreeningError'),
          401: error('No API key, or an unknown or revoked one (Authorization: Bearer <key>)'),
          405: notAllowed,
          413: tooLarge('ScreeningError'),
          415: error('The body is not application/json'),
          422: error('The Idempotency-Key was used before for other answers', 'ScreeningError'),
          429: tooMany,
          503: { description: 'Outcome could not be stored; retry', headers: retryAfter, ...json('ScreeningError') },
        },
      },
    },
    '/api/v1/rules': {
      get: {
        operationId: 'listRuleSets',
        summary: 'Every rule-set version',
        security: [],
        responses: {
          200: { description: 'Version summaries and the id in force today', ...json('RuleSetList') },
          405: notAllowed,
        },
      },
    },
    '/api/v1/rules/{versionId}': {
      get: {
        operationId: 'getRuleSet',
        summary: 'One rule-set version with sources',
        security: [],
        parameters: [
          { name: 'versionId', in: 'path', required: true, schema: { type: 'string' }, description: 'A version id.' },
        ],
        responses: {
          200: { description: 'The version', ...json('RuleSet') },
          400: error('The id is not a valid path segment (a malformed %-escape)'),
          404: error('No such version'),
          405: notAllowed,
        },
      },
    },
    '/api/v1/programmes': {
      get: {
        operationId: 'listProgrammes',
        summary: 'Every programme the screener checks, with its versions',
        security: [],
        responses: {
          200: { description: 'Programme summaries, each with the version in force today', ...json('ProgrammeList') },
          405: notAllowed,
        },
      },
    },
    '/api/v1/programmes/{programmeId}': {
      get: {
        operationId: 'getProgramme',
        summary: 'One programme with every version and source',
        security: [],
        parameters: [
          {
            name: 'programmeId',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'A programme id, e.g. safe-mobility or cr-cet-2023.',
          },
        ],
        responses: {
          200: { description: 'The programme', ...json('Programme') },
          400: error('The id is not a valid path segment (a malformed %-escape)'),
          404: error('No such programme'),
          405: notAllowed,
        },
      },
    },
    '/api/v1/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        summary: 'This document',
        security: [],
        responses: {
          200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
          405: notAllowed,
        },
      },
    },
    '/api/health': {
      get: {
        operationId: 'getHealth',
        summary: 'Health: always 200 while serving; degraded when the database is down or outcomes wait',
        security: [],
        responses: { 200: { description: 'Health', ...json('Health') }, 405: notAllowed },
      },
    },
  }
}
