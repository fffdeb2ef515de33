/**
 * Requests per second for an article page against a trivial static response
 * from the same `next start` process, measured back to back in one run:
 *   npx tsx bench/serve.ts   (after bench/build.ts has built N=100)
 * Loopback only, 10 connections, 10 s per URL after a 2 s warm-up.
 */
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { fmt, table, writeSection } from './lib/results'
import { startPortal } from './lib/portal-server'

// The trivial page: robots.txt is generated at build time (app/robots.ts) and
// served from the build output by the same server and routing as the
// prerendered article HTML, so the ratio shows what serving an article costs
// beyond Next's fixed per-request work.
export const TRIVIAL_PATH = '/robots.txt'

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
    const urls = [`${server.origin}${server.articlePath}`, `${server.origin}${TRIVIAL_PATH}`]
    for (const url of urls) await load(url, 2)
    const figures: ServeFigures[] = []
    for (const url of urls) {
      const f = await load(url, duration)
      console.log(`${f.path}: ${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms`)
      figures.push(f)
    }
    return figures
  } finally {
    await server.stop()
  }
}

export function serveReport(n: number, figures: ServeFigures[]): string {
  const [article, trivial] = figures
  if (!article || !trivial) return 'No figures.'
  const ratio = article.rps / trivial.rps
  const rows = figures.map((f) => [
    `\`${f.path.length > 45 ? f.path.slice(0, 45) + '…' : f.path}\``,
    f.rps.toFixed(0),
    f.p50,
    f.p99,
    f.kbPerRequest.toFixed(1),
    f.non2xx,
  ])
  return `autocannon against one \`next start\` (N=${n} build) on 127.0.0.1: 10 connections,
10 s per URL after a 2 s warm-up, no compression requested. The trivial response is
\`${TRIVIAL_PATH}\` (generated at build, served by the same process).

${table(['path', 'req/s', 'p50 (ms)', 'p99 (ms)', 'KB/response', 'non-2xx or errors'], rows)}

Article throughput / trivial throughput: ${fmt.ratio(ratio)} (target ≥ 0.90): ${fmt.pass(ratio >= 0.9)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = 100
  writeSection('serve', 'Serving: article vs trivial response', serveReport(n, await runServe(n)))
}
