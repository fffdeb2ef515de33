/**
 * A site that outgrows a full prebuild: the partial prebuild of N articles
 * (bench/build.ts --partial=N) served by `next start`, and what a reader who
 * opens an article the build left out waits for:
 *   npx tsx bench/first-request.ts [--sizes=100000] [--sample=200] [--dist=bench/.work/partial-dist-100000]
 * - first request: each of `sample` articles that were not prerendered, requested once, one after another
 *   (the server renders it from the embedded store, then caches it);
 * - cached: the same articles again, now from the cache;
 * - prerendered: as many articles the build rendered, for comparison (each requested once before, as the
 *   cached ones were);
 * - the sitemap: every article listed, through the sitemap index past 50 000 URLs;
 * - the server's memory (RSS of its process tree) after all of it.
 * The first request of all also loads the dataset into the server, so it is reported apart ("cold").
 * Loopback only; requests are sequential and bounded.
 */
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadDataset, forgetDataset } from '../lib/embedded-groq/embedded-store'
import { partialDist } from './build'
import { datasetPath } from './lib/datasets'
import { median } from './lib/median'
import { startPortal } from './lib/portal-server'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { treeRss } from './lib/run-measured'

const PORT = 3390

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

export interface Timings {
  p50: number
  p99: number
  max: number
  /** How Next says it answered (x-nextjs-cache), counted. */
  cache: Record<string, number>
}

export interface FirstRequestFigures {
  n: number
  prerendered: number
  coldMs: number
  first: Timings
  cached: Timings
  prerenderedTimings: Timings
  sitemapArticles: number
  articles: number
  serverRssBytes: number
}

async function timeRequests(origin: string, paths: string[]): Promise<Timings> {
  const ms: number[] = []
  const cache: Record<string, number> = {}
  for (const p of paths) {
    const started = performance.now()
    const response = await fetch(origin + p)
    const body = await response.text()
    ms.push(performance.now() - started)
    if (response.status !== 200 || !body.includes('<h1')) throw new Error(`${p} answered ${response.status}`)
    const state = response.headers.get('x-nextjs-cache') ?? 'none'
    cache[state] = (cache[state] ?? 0) + 1
  }
  return { p50: median(ms), p99: percentile(ms, 99), max: Math.max(...ms), cache }
}

/** Article URLs the sitemap lists, following a sitemap index into its files. */
async function sitemapArticleCount(origin: string): Promise<number> {
  const locs = async (p: string) => [...(await (await fetch(origin + p)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  const top = await locs('/sitemap.xml')
  const files = top.every((u) => u.endsWith('.xml')) ? top.map((u) => new URL(u).pathname) : null
  const urls = files ? (await Promise.all(files.map(locs))).flat() : top
  return urls.filter((u) => new URL(u).pathname.startsWith('/articles/')).length
}

export async function runFirstRequest(n: number, sample: number, dist = partialDist(n)): Promise<FirstRequestFigures> {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }
  const prerendered = new Set(Object.keys(manifest.routes).filter((r) => r.startsWith('/articles/')))
  const dataset = datasetPath(n)
  const articles = loadDataset(dataset).documents.filter((d) => d._type === 'article')
  const slugs = articles.map((d) => `/articles/${(d.slug as { current: string }).current}`)
  const regionOf = articles.map((d, i) => [(d.region as { _ref: string })._ref, slugs[i]!] as const)
  forgetDataset(dataset)
  const left = slugs.filter((p) => !prerendered.has(p))
  // Spread over the whole dataset, none of them the one used to warm the server.
  const step = Math.max(1, Math.floor(left.length / (sample + 1)))
  const picks = Array.from({ length: sample }, (_, i) => left[(i + 1) * step]!).filter(Boolean)
  const built = [...prerendered].slice(0, sample)
  console.log(`N=${n}: ${prerendered.size} articles prerendered, ${left.length} not; timing ${picks.length} of each`)

  // `next start` keeps what it renders on request in the build folder (server/route-cache/): without this, an
  // article an earlier run requested would no longer be a first request.
  rmSync(path.join(dist, 'server', 'route-cache'), { recursive: true, force: true })
  const server = await startPortal(n, PORT, dist)
  try {
    const started = performance.now()
    const cold = await fetch(server.origin + left[0]!)
    await cold.text()
    const coldMs = performance.now() - started
    console.log(`cold (loads the dataset): ${coldMs.toFixed(0)} ms`)
    // Once per server, not per article: the first article of each region sorts that region's articles for the
    // "related" list (a few hundred ms at 8 000 a region), and a prerendered page is first read from disk.
    // Warmed with articles outside the sample, so every sampled request is still a first request.
    const regions = new Map<string, string>()
    const sampled = new Set(picks)
    for (const [region, slug] of regionOf) if (!sampled.has(slug) && !prerendered.has(slug)) regions.set(region, slug)
    const warmUp = await timeRequests(server.origin, [...regions.values(), ...built])
    console.log(`warm-up, one article per region and the prerendered sample: max ${warmUp.max.toFixed(0)} ms`)
    const first = await timeRequests(server.origin, picks)
    if (first.cache.MISS !== picks.length) throw new Error(`Not every sampled article was a first request: ${JSON.stringify(first.cache)}`)
    console.log(`first request: p50 ${first.p50.toFixed(1)} ms, p99 ${first.p99.toFixed(1)} ms`, first.cache)
    const cached = await timeRequests(server.origin, picks)
    console.log(`cached: p50 ${cached.p50.toFixed(1)} ms, p99 ${cached.p99.toFixed(1)} ms`, cached.cache)
    const prerenderedTimings = await timeRequests(server.origin, built)
    console.log(`prerendered: p50 ${prerenderedTimings.p50.toFixed(1)} ms`, prerenderedTimings.cache)
    const sitemapArticles = await sitemapArticleCount(server.origin)
    return {
      n,
      prerendered: prerendered.size,
      coldMs,
      first,
      cached,
      prerenderedTimings,
      sitemapArticles,
      articles: slugs.length,
      serverRssBytes: treeRss(server.pid),
    }
  } finally {
    await server.stop()
  }
}

export function firstRequestReport(f: FirstRequestFigures): string {
  const row = (label: string, t: Timings) => [
    label,
    fmt.ms(t.p50),
    fmt.ms(t.p99),
    fmt.ms(t.max),
    Object.entries(t.cache)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ]
  return `The partial prebuild at N = ${f.n} (${f.prerendered} articles prerendered, the rest rendered on first
request and cached), \`next start\` on 127.0.0.1, sequential requests, ${f.first.cache.MISS ?? 0} articles that were
not prerendered spread over the dataset. The server's very first article request also loads the dataset:
${fmt.ms(f.coldMs)} ms; then one article of each region (its first request sorts the region's articles for the
related list) and the prerendered sample are requested once, outside the figures. Targets: first request
p50 ≤ 50 ms, p99 ≤ 200 ms; cached as fast as prerendered; the sitemap lists every article.

${table(['request', 'p50 (ms)', 'p99 (ms)', 'max (ms)', 'x-nextjs-cache'], [row('first request (not prerendered)', f.first), row('same articles again (cached)', f.cached), row('prerendered articles', f.prerenderedTimings)])}

- First request: p50 ${fmt.ms(f.first.p50)} ms (≤ 50): ${fmt.pass(f.first.p50 <= 50)}; p99 ${fmt.ms(f.first.p99)} ms (≤ 200): ${fmt.pass(f.first.p99 <= 200)}
- Cached / prerendered, p50: ${fmt.ratio(f.cached.p50 / f.prerenderedTimings.p50)}
- Sitemap: ${f.sitemapArticles} of ${f.articles} articles listed: ${fmt.pass(f.sitemapArticles === f.articles)}
- Server RSS after the run (process tree): ${fmt.mb(f.serverRssBytes)} MB`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Math.max(...(process.argv.some((a) => a.startsWith('--sizes=')) ? sizesFromArgs() : [100_000]))
  const figures = await runFirstRequest(n, Number(arg('sample') ?? 200), arg('dist'))
  writeSection('first-request', `Articles not prerendered: first request at N = ${n}`, firstRequestReport(figures))
}
