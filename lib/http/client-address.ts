import { peerAddressHeader, peerAddressInstalled } from './peer-address'

/**
 * The client address, used only as a keyed hash for rate limits. With TRUSTED_PROXY_HOPS=N (N ≥ 1), each of the
 * N proxies in front appends the address it saw to X-Forwarded-For, so the entry N places from the end cannot be
 * forged. With 0 (no proxy, the default) X-Forwarded-For is never read, since the client writes it: the address
 * is the socket's (lib/http/peer-address.ts), and where the server cannot tell it, every client shares one
 * "unknown" bucket (stricter, never looser).
 */
export function clientAddressOf(h: Headers): string {
  const hops = Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_HOPS ?? 0)) || 0)
  const peer = (peerAddressInstalled() && h.get(peerAddressHeader)) || 'unknown'
  if (hops === 0) return peer
  const chain = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not come through them all, so none of the entries is vouched for.
  return chain[chain.length - hops] ?? peer
}
