// GET /{lng}/manifest.webmanifest: the installable web app in the person's language, starting on its start page.
import { getT } from '@/lib/i18n/server'
import { isLanguage } from '@/lib/i18n/settings'

export function generateStaticParams() {
  return ['es', 'en', 'fr', 'ht'].map((lng) => ({ lng }))
}

export async function GET(_request: Request, { params }: RouteContext<'/[lng]/manifest.webmanifest'>) {
  const { lng } = await params
  if (!isLanguage(lng)) return new Response('Not found', { status: 404 })
  const t = getT(lng)
  const manifest = {
    id: `/${lng}`,
    name: t('app.name'),
    short_name: t('app.shortName'),
    description: t('app.description'),
    lang: lng,
    dir: 'ltr',
    start_url: `/${lng}`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4e89',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
    ],
  }
  return Response.json(manifest, { headers: { 'Content-Type': 'application/manifest+json' } })
}
