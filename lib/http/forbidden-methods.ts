// TRACE and TRACK are methods the fetch API refuses to represent: Next.js fails building the Request for the proxy
// and answers 500. They are answered here, on the Node server itself, before Next sees them.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { allowedMethods } from './request-guards'

const installed = Symbol.for('smi.forbidden-methods-guard')

/** Makes every Node HTTP server of this process answer TRACE and TRACK with 405 and the path's Allow list. */
export async function refuseForbiddenMethods(): Promise<void> {
  const flags = globalThis as Record<symbol, boolean | undefined>
  if (flags[installed]) return
  flags[installed] = true
  const http = await import('node:http')
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      if (req.method === 'TRACE' || req.method === 'TRACK') {
        const path = (req.url ?? '/').split('?')[0]!
        const allow = allowedMethods(path) ?? ['GET', 'HEAD']
        res.writeHead(405, { Allow: allow.join(', '), 'Content-Length': '0', Connection: 'close' }).end()
        return true
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>)
  } as typeof emit
}
