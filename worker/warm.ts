// Filling the caches for one language (when a page in it has loaded online): the shell page of the questionnaire
// and the start page with every script and stylesheet they name, and the rule history when its fingerprint changed.
declare const SW_VERSION: string

/** The caches of this build (a new build's worker deletes the others). */
export const cacheNames = {
  shell: `shell-${SW_VERSION}`,
  static: `static-${SW_VERSION}`,
  rules: 'rules',
}

/** Whether a cache belongs to this build of the worker. */
export function isOwnCache(name: string): boolean {
  return Object.values(cacheNames).includes(name)
}

/** The page every step of the questionnaire in the browser is served from. */
export function shellPath(lng: string): string {
  return `/${lng}/device`
}

const assetPattern = /\/_next\/static\/[\w\-./~%]+?\.(?:js|css|woff2)/g

async function keepPage(path: string, shell: Cache, assets: Cache): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  const html = await response.clone().text()
  const urls = [...new Set(html.replace(/\\\//g, '/').match(assetPattern) ?? [])]
  const missing = (await Promise.all(urls.map(async (u) => ((await assets.match(u)) ? null : u)))).filter(
    (u): u is string => u !== null,
  )
  await assets.addAll(missing)
  await shell.put(path, response)
}

/** Asks for the rule history with the fingerprint kept; keeps the answer when it changed. */
async function refreshRules(): Promise<void> {
  const cache = await caches.open(cacheNames.rules)
  const kept = await cache.match('/api/app/rules')
  const etag = kept?.headers.get('etag')
  const response = await fetch('/api/app/rules', { headers: etag ? { 'if-none-match': etag } : {} })
  if (response.status === 200) await cache.put('/api/app/rules', response)
}

/**
 * Makes `lng` work offline; resolves true when its pages and the rules are on the device. Never rejects.
 * `checkRules`: also ask whether the rules changed (not on each step of the questionnaire: steps cost no network).
 */
export async function warm(lng: string, checkRules: boolean): Promise<boolean> {
  try {
    const [shell, assets, rules] = await Promise.all(
      [cacheNames.shell, cacheNames.static, cacheNames.rules].map((name) => caches.open(name)),
    )
    // Offline the copy kept stays; with none yet it is fetched whatever checkRules says.
    if (checkRules || !(await rules!.match('/api/app/rules'))) await refreshRules().catch(() => {})
    if (!(await shell!.match(shellPath(lng)))) await keepPage(shellPath(lng), shell!, assets!)
    if (!(await shell!.match(`/${lng}`))) await keepPage(`/${lng}`, shell!, assets!)
    return Boolean(await rules!.match('/api/app/rules'))
  } catch {
    return false
  }
}
