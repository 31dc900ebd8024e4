import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // env('DATABASE_URL') would throw when unset; `prisma generate` needs no URL.
  datasource: { url: process.env.DATABASE_URL ?? '' },
})
