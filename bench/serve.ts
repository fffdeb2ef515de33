/**
 * Requests per second for an article page against small static responses
 * from the same `next start` process, measured in one run:
 *   npx tsx bench/serve.ts   (after bench/build.ts has built N=100)
 * Loopback only, 10 connections, 10 s per URL after a 2 s warm-up.
 */
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { fmt, table, writeSection } from './lib/results'
import { startPortal } from './lib/portal-server'

// What an article is compared with, served by the same process: robots.txt
// (a build-time route handler, a few bytes) and the smallest page the site
// has, the Studio placeholder shown when no Sanity project is configured
// (which is how the benchmark builds run). The ratio to each shows what
// serving an article costs beyond Next's fixed per-request work.
export const REFERENCES = [
  { path: '/robots.txt', label: 'robots.txt (route handler)' },
  { path: '/studio', label: 'smallest page (Studio placeholder)' },
] as const

const ROUNDS = 2

export interface ServeFigures {
  path: string
  rps: number
  p50: number
  p99: number
  kbPerRequest: number
  non2xx: number
}

async function load(url: string, duration: number): Promise<ServeFigures> {
  // No Accept-Encoding, as behind a CDN that compresses: the figure is Next's serving cost.
  const result = await autocannon({ url, connections: 10, duration })
  return {
    path: new URL(url).pathname,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    kbPerRequest: result.throughput.average / Math.max(result.requests.average, 1) / 1024,
    non2xx: result.non2xx + result.errors,
  }
}

export async function runServe(n: number, port = 3320, duration = 10): Promise<ServeFigures[]> {
  const server = await startPortal(n, port)
  try {
    const urls = [server.articlePath, ...REFERENCES.map((r) => r.path)].map((p) => server.origin + p)
    for (const url of urls) await load(url, 2)
    // Interleaved rounds, averaged: drift on a shared machine then hits every URL alike.
    const rounds: ServeFigures[][] = []
    for (let round = 0; round < ROUNDS; round++) {
      const figures: ServeFigures[] = []
      for (const url of urls) {
        const f = await load(url, duration / ROUNDS)
        console.log(`${f.path}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms`)
        figures.push(f)
      }
      rounds.push(figures)
    }
    return urls.map((_, i) => {
      const runs = rounds.map((r) => r[i] as ServeFigures)
      const mean = (pick: (f: ServeFigures) => number) => runs.reduce((sum, f) => sum + pick(f), 0) / runs.length
      return {
        path: runs[0]?.path ?? '',
        rps: mean((f) => f.rps),
        p50: Math.max(...runs.map((f) => f.p50)),
        p99: Math.max(...runs.map((f) => f.p99)),
        kbPerRequest: mean((f) => f.kbPerRequest),
        non2xx: runs.reduce((sum, f) => sum + f.non2xx, 0),
      }
    })
  } finally {
    await server.stop()
  }
}

export function serveReport(n: number, figures: ServeFigures[]): string {
  const [article, ...references] = figures
  if (!article || references.length === 0) return 'No figures.'
  const rows = figures.map((f) => [
    `\`${f.path.length > 45 ? f.path.slice(0, 45) + '…' : f.path}\``,
    f.rps.toFixed(0),
    f.p50,
    f.p99,
    f.kbPerRequest.toFixed(1),
    f.non2xx,
  ])
  return `autocannon against one \`next start\` (N=${n} build) on 127.0.0.1: 10 connections,
10 s per URL after a 2 s warm-up, in ${ROUNDS} interleaved rounds (mean req/s, worst p50/p99), no
compression requested. Every URL is a prerendered response served by the same process.

${table(['path', 'req/s', 'p50 (ms)', 'p99 (ms)', 'KB/response', 'non-2xx or errors'], rows)}

${references
  .map((reference, i) => {
    const ratio = article.rps / reference.rps
    return `- Article throughput / ${REFERENCES[i]?.label ?? reference.path}: ${fmt.ratio(ratio)} (target ≥ 0.90): ${fmt.pass(ratio >= 0.9)}`
  })
  .join('\n')}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = 100
  writeSection('serve', 'Serving: article vs trivial response', serveReport(n, await runServe(n)))
}
