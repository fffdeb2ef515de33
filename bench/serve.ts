/**
 * Requests per second for an article page against small static responses
 * from the same `next start` process, and against the content floor's page
 * carrying the same words (bare Next.js), measured in one run with both
 * servers up and every URL taken in turn each round:
 *   npx tsx bench/serve.ts [--rounds=4] [--sizes=N]   (after bench/build.ts has built N, default 100)
 * Loopback only, 10 connections, 10 s per URL after a 2 s warm-up.
 */
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import autocannon from 'autocannon'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { floorDist } from './build'
import { writeFloorApp } from './lib/floor-app'
import { startPortal } from './lib/portal-server'
import { startNext } from './lib/server'

// What an article is compared with, served by the same process: robots.txt
// (a build-time route handler, a few bytes) and the smallest page the site
// has, the Studio placeholder shown when no Sanity project is configured
// (which is how the benchmark builds run). The ratio to each shows what
// serving an article costs beyond Next's fixed per-request work.
export const REFERENCES = [
  { path: '/robots.txt', label: 'robots.txt (route handler)', mustContain: 'sitemap.xml', minBytes: 20 },
  { path: '/studio', label: 'smallest page (Studio placeholder)', mustContain: '</html>', minBytes: 1_000 },
] as const

const roundsArg = process.argv.find((a) => a.startsWith('--rounds='))
const ROUNDS = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 4

export interface ServeFigures {
  path: string
  rps: number
  p50: number
  p99: number
  kbPerRequest: number
  non2xx: number
}

/** A URL to measure and what its answer must hold for the figures to mean anything. */
export interface Target {
  url: string
  /** Words the body must contain (the article's title, say): an error page never does. */
  mustContain: string
  /** Smallest believable body. */
  minBytes: number
}

/**
 * One request per target before any load: a non-2xx answer, a body without
 * its expected words or a body smaller than expected stops the run, naming
 * the URL, rather than timing an error page (as a floor once did: 0.2 KB 500s).
 */
export async function checkTargets(targets: Target[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>()
  const problems: string[] = []
  for (const { url, mustContain, minBytes } of targets) {
    const res = await fetch(url)
    const body = await res.text()
    const bytes = Buffer.byteLength(body)
    if (!res.ok) problems.push(`${url}: HTTP ${res.status} (${bytes} bytes): ${body.slice(0, 200)}`)
    else if (bytes < minBytes) problems.push(`${url}: ${bytes} bytes, expected at least ${minBytes}`)
    else if (!body.includes(mustContain)) problems.push(`${url}: the body does not contain ${JSON.stringify(mustContain)}`)
    sizes.set(url, bytes)
  }
  if (problems.length > 0) throw new Error(`serve benchmark: not measuring, these answers are wrong:\n${problems.join('\n')}`)
  return sizes
}

/**
 * After the load: any non-2xx or error, or bytes per response well below what the check saw
 * (autocannon counts an error page's bytes like any other), makes the figures void.
 */
export function checkFigures(figures: ServeFigures[], sizes: Map<string, number>, origins: string[]): void {
  const problems = figures.flatMap((f, i) => {
    const expected = sizes.get((origins[i] ?? '') + f.path) ?? 0
    const out: string[] = []
    if (f.non2xx > 0) out.push(`${f.path}: ${f.non2xx} non-2xx answers or errors under load`)
    // Headers add a few hundred bytes to what autocannon counts, so a body's size is a floor for it.
    if (f.kbPerRequest * 1024 < expected * 0.95) out.push(`${f.path}: ${f.kbPerRequest.toFixed(1)} KB per response, the check saw ${(expected / 1024).toFixed(1)} KB`)
    return out
  })
  if (problems.length > 0) throw new Error(`serve benchmark: figures void:\n${problems.join('\n')}`)
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

/** Loads each path in interleaved rounds and averages them, so drift on a shared machine hits every path alike. */
async function measure(urls: string[], duration: number): Promise<ServeFigures[]> {
  for (const url of urls) await load(url, 2)
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
}

export interface ServeResult {
  /** The article first, then the references. */
  portal: ServeFigures[]
  /** The content floor's page carrying the same article's words, then its trivial home page. */
  contentFloor: ServeFigures[]
}

export async function runServe(n: number, port = 3320, duration = 10): Promise<ServeResult> {
  const floorBuild = floorDist('content-floor', n)
  if (!existsSync(floorBuild)) throw new Error(`No content floor build at ${floorBuild}: run npx tsx bench/build.ts --sizes=${n} first.`)
  // bench/build.ts leaves the floor's folder written for the last N it built, without the per-page
  // content; the server runs from that folder, so it is written again for this N.
  const floorApp = writeFloorApp('content-floor', n)
  const portalServer = await startPortal(n, port)
  try {
    // What bare Next.js achieves for a page this size (and a trivial page), measured in the same rounds.
    const floorServer = await startNext(floorApp, floorBuild, port + 1)
    try {
      // Both article pages carry the same words: at least the title, and far more than an error page.
      const article = { mustContain: portalServer.articleTitle, minBytes: 20_000 }
      const targets: Target[] = [
        { url: portalServer.origin + portalServer.articlePath, ...article },
        ...REFERENCES.map(({ path, mustContain, minBytes }) => ({ url: portalServer.origin + path, mustContain, minBytes })),
        { url: floorServer.origin + '/p/1', ...article },
        { url: floorServer.origin + '/', mustContain: 'Floor', minBytes: 200 },
      ]
      const sizes = await checkTargets(targets)
      const urls = targets.map((t) => t.url)
      const all = await measure(urls, duration)
      checkFigures(all, sizes, urls.map((u) => new URL(u).origin))
      const portalCount = 1 + REFERENCES.length
      return { portal: all.slice(0, portalCount), contentFloor: all.slice(portalCount) }
    } finally {
      await floorServer.stop()
    }
  } finally {
    await portalServer.stop()
  }
}

export function serveReport(n: number, { portal, contentFloor }: ServeResult): string {
  const [article, ...references] = portal
  const [floorPage, floorHome] = contentFloor
  if (!article || references.length === 0 || !floorPage || !floorHome) return 'No figures.'
  const rows = [...portal, ...contentFloor].map((f, i) => [
    i < portal.length ? 'portal' : 'content floor',
    `\`${f.path.length > 45 ? f.path.slice(0, 45) + '…' : f.path}\``,
    f.rps.toFixed(0),
    f.p50,
    f.p99,
    f.kbPerRequest.toFixed(1),
    f.non2xx,
  ])
  const floorRatio = article.rps / floorPage.rps
  return `autocannon against one \`next start\` (N=${n} build) on 127.0.0.1: 10 connections,
10 s per URL after a 2 s warm-up, in ${ROUNDS} interleaved rounds (mean req/s, worst p50/p99), no
compression requested. Every URL is a prerendered response.

The content floor (bare Next.js, see the build section) built at the same N runs beside it, and its URLs are
taken in the same rounds: its page carrying the same article's words (\`/p/1\`) and its trivial home page.

${table(['server', 'path', 'req/s', 'p50 (ms)', 'p99 (ms)', 'KB/response', 'non-2xx or errors'], rows)}

${references
  .map((reference, i) => {
    const ratio = article.rps / reference.rps
    return `- Article throughput / ${REFERENCES[i]?.label ?? reference.path}: ${fmt.ratio(ratio)} (target ≥ 0.90): ${fmt.pass(ratio >= 0.9)}`
  })
  .join('\n')}
- Article throughput / the content floor's same-words page: ${fmt.ratio(floorRatio)} (target ≥ 0.90): ${fmt.pass(floorRatio >= 0.9)}
- For comparison, bare Next.js: same-words page / its trivial page: ${fmt.ratio(floorPage.rps / floorHome.rps)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // The smallest N of --sizes (default 100): bench/build.ts keeps the builds of its smallest N.
  const n = process.argv.some((a) => a.startsWith('--sizes=')) ? Math.min(...sizesFromArgs()) : 100
  writeSection('serve', 'Serving: article vs trivial response', serveReport(n, await runServe(n)))
}
