import type { z } from 'zod'

/** zod issues as { path, code }: our schemas' messages are codes already; the rest get a stable code. */
export function issueCodes(error: z.ZodError): { path: string; code: string }[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: 'unknown_field' }))
    if (/^[a-z_]+$/.test(issue.message)) return [{ path, code: issue.message }]
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return [{ path, code: 'required' }]
    return [{ path, code: 'invalid' }]
  })
}
