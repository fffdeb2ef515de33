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
  // Draft preview (app/api/draft-mode/*): a response to a browser holding Next's draft-mode cookie may show
  // unpublished drafts, so it is never indexed. Next itself sends such dynamic renders with
  // `Cache-Control: private, no-cache, no-store`. Matched on the cookie here, not in a proxy, so public
  // requests run no extra code.
  async headers() {
    return [
      {
        source: '/:path*',
        has: [{ type: 'cookie', key: '__prerender_bypass' }],
        headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
      },
    ]
  },
  experimental: {
    // Two cores here; more workers only add memory pressure at 10 000 pages.
    cpus: 2,
  },
}

export default nextConfig
