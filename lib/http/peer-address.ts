// The address of the socket a request came in on, which the proxy and server actions cannot see: Next.js gives
// them headers only (NextRequest lost `ip` in Next 15) and fills X-Forwarded-For from the socket only when the
// client sent none, so the client controls that header. Node publishes every request on the
// "http.server.request.start" diagnostics channel before the server handles it; this writes the socket address
// into a header of our own there, replacing any copy the client sent.
import dc from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

/** The request header that carries the socket address (set by the server itself, never by the client). */
export const peerAddressHeader = 'x-smi-peer-address'
const installed = Symbol.for('smi.peer-address')

/** Whether this process writes the peer address header (false under tests and other runtimes). */
export function peerAddressInstalled(): boolean {
  return (globalThis as Record<symbol, boolean | undefined>)[installed] === true
}

/** Makes every Node HTTP server of this process put the socket address in `peerAddressHeader`. */
export function installPeerAddress(): void {
  if (peerAddressInstalled()) return
  ;(globalThis as Record<symbol, boolean>)[installed] = true
  dc.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[peerAddressHeader] = socket.remoteAddress ?? ''
  })
}
