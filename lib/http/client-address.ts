/**
 * The client address, used only as a keyed hash for rate limits. Each trusted proxy (TRUSTED_PROXY_HOPS,
 * default 0) appends the address it saw to X-Forwarded-For, so the entry that many places from the end cannot be
 * forged. Without a proxy Next fills the header with the socket address only when the client sent none, so a
 * client can then vary it: deployments behind a proxy must set TRUSTED_PROXY_HOPS.
 */
export function clientAddressOf(h: Headers): string {
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0)
  const chain = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
  return chain[chain.length - hops] ?? chain[0] ?? h.get('x-real-ip') ?? 'unknown'
}
