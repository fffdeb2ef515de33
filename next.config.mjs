/** @type {import('next').NextConfig} */
const nextConfig = {
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
