import { previewRewrites } from './lib/preview/preview-rewrites.ts'
import { securityHeaderRules } from './lib/security-headers.ts'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let benchmarks and parallel checks build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Next hashes the whole body of every response to make its ETag, on every
  // request, even for prerendered pages whose bytes never change between
  // builds: a third of the CPU spent serving an article (bench/serve.ts).
  // Prerendered pages are sent with `s-maxage` for a CDN in front, which keeps
  // its own validators; the cost is no 304 from a bare `next start`.
  generateEtags: false,
  // The embedded dataset is read from disk at build time; trace it so a
  // standalone deployment still finds it.
  outputFileTracingIncludes: {
    '/**': ['./sanity/seed/production.ndjson'],
  },
  // Content-Security-Policy and the other security headers, per kind of page.
  async headers() {
    return securityHeaderRules()
  },
  // Draft preview: pages render from app/preview/ (lib/preview/preview-rewrites.ts says why).
  async rewrites() {
    return { beforeFiles: previewRewrites(), afterFiles: [], fallback: [] }
  },
  // A build worker answers one page at a time while groq-js evaluates a query (its evaluation never yields
  // to the event loop), and at 100 000 articles loading the dataset and the sitemap's pass over every article
  // take tens of seconds each: pages queued behind them would hit the default 60 s limit though nothing hangs.
  staticPageGenerationTimeout: 300,
  // Pagefind's indexer (the search index rewritten after a publish) finds its native binary beside its package.
  serverExternalPackages: ['pagefind'],
  experimental: {
    // Two cores here; more workers only add memory pressure at 10 000 pages.
    cpus: 2,
  },
}

export default nextConfig
