import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'content-lake/test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-sanity/draft-mode imports `next/headers` without an extension, which Node's ESM resolver refuses;
    // inlined, Vite resolves it as Next's bundler does.
    server: { deps: { inline: ['next-sanity'] } },
  },
})
