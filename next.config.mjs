/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let benchmarks and parallel checks build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded dataset is read from disk at build time; trace it so a
  // standalone deployment still finds it.
  outputFileTracingIncludes: {
    '/**': ['./sanity/seed/production.ndjson'],
  },
  experimental: {
    // Two cores here; more workers only add memory pressure at 10 000 pages.
    cpus: 2,
  },
}

export default nextConfig
