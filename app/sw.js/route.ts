// GET /sw.js: the service worker (worker/sw.ts), bundled with esbuild once, when the app is built (force-static),
// the way @serwist/turbopack serves it: the build uses Turbopack, which @serwist/next's webpack plugin does not
// support. A new build names new caches (SW_VERSION), so a device drops the scripts of the build before.
import path from 'node:path'

import { build } from 'esbuild'

export const dynamic = 'force-static'

export async function GET() {
  const root = process.cwd()
  const result = await build({
    entryPoints: [path.join(root, 'worker/sw.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    alias: { '@': root },
    tsconfig: path.join(root, 'worker/tsconfig.json'),
    define: { SW_VERSION: JSON.stringify(Date.now().toString(36)), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  return new Response(result.outputFiles[0]!.text, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // The browser checks for a new worker on every registration; never a stale copy from an HTTP cache.
      'Cache-Control': 'no-cache',
      'Service-Worker-Allowed': '/',
    },
  })
}
