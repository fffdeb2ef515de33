/**
 * Per-call cost of the gateway's getters over the embedded store at several
 * dataset sizes, with the query planner on and off (plain groq-js), in one run:
 *   npx tsx bench/data-layer.ts [--quick | --sizes=100,1000]
 * Lookups by slug or id must cost the same at any N; getters whose *result*
 * grows with N (region lists, related articles) are flagged as such.
 */
import { pathToFileURL } from 'node:url'
import { createEmbeddedStore, forgetDataset, loadDataset } from '../lib/embedded-groq/embedded-store'
import { createGateway } from '../lib/content/gateway'
import { ensureDataset } from './lib/datasets'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { meanCallMs } from './lib/timing'

type Probe = { name: string; grows: string; run: (g: Harness, i: number) => Promise<unknown> }
type Harness = ReturnType<typeof harness>

function harness(file: string, plan: boolean) {
  // Every call runs its query: shared answers would time a lookup in a map.
  const store = createEmbeddedStore(file, { plan, shareAnswers: false })
  return { store, gateway: createGateway(() => store), slugs: [] as string[], regions: [] as string[], hub: '' }
}

const at = <T>(list: T[], i: number): T => list[i % list.length] as T

const PROBES: Probe[] = [
  {
    name: 'article lookup by slug (raw query)',
    grows: 'no',
    run: (h, i) =>
      h.store.fetch(
        `*[_type == "article" && slug.current == $slug][0]._id`,
        { slug: at(h.slugs, i * 7919) },
        { tags: [] },
      ),
  },
  {
    name: 'getArticle',
    grows: 'related list: N / regions cards',
    run: (h, i) => h.gateway.getArticle(at(h.slugs, i * 7919)),
  },
  {
    name: 'entity hub: articles referencing a symptom',
    grows: 'result: Zipf share of N',
    run: (h) =>
      h.store.fetch(
        `*[_type == "article" && references($id)] | order(title asc)[0...20]{_id, title}`,
        { id: h.hub },
        { tags: [] },
      ),
  },
  { name: 'getRegion', grows: 'no: one page of 24 cards, sliced in GROQ', run: (h, i) => h.gateway.getRegion(at(h.regions, i)) },
  { name: 'getRecentlyReviewed', grows: 'sort over N', run: (h) => h.gateway.getRecentlyReviewed() },
  {
    name: 'getRegionsWithArticles (home)',
    grows: 'result: all N cards',
    run: (h) => h.gateway.getRegionsWithArticles(),
  },
  { name: 'getArticleSlugs', grows: 'result: N slugs', run: (h) => h.gateway.getArticleSlugs() },
]

/**
 * Plain groq-js scans every document for every `*[...]`: at 100 000 articles one pass of the probes would take
 * hours, and it is there only to show what the planner saves. Above this N only the planner is timed.
 */
const PLAIN_UP_TO = 10000

export interface DataLayerResult {
  sizes: number[]
  loadMs: Record<number, number>
  /** probe name → mode → size → ms per call */
  perCall: Record<string, Record<'plain' | 'planned', Record<number, number>>>
}

export async function runDataLayer(sizes: number[]): Promise<DataLayerResult> {
  const result: DataLayerResult = { sizes, loadMs: {}, perCall: {} }
  for (const n of sizes) {
    const file = ensureDataset(n)
    const started = performance.now()
    loadDataset(file)
    result.loadMs[n] = performance.now() - started
    for (const plan of n <= PLAIN_UP_TO ? [false, true] : [true]) {
      const h = harness(file, plan)
      h.slugs = await h.gateway.getArticleSlugs()
      h.regions = await h.gateway.getRegionSlugs()
      h.hub = 'symptom-synthetic-symptom-0000'
      // A region's first getArticle sorts the region's articles for the related list (40 ms at 100 000), once per
      // process, as a server's first request in each region does (bench/first-request.ts reports it). Done here
      // for every region, so the mean is what each later call costs, not twelve sorts spread over a few calls.
      for (const region of h.regions) {
        const first = (await h.gateway.getRegion(region))?.articles[0]
        if (first) await h.gateway.getArticle(first.slug)
      }
      for (const probe of PROBES) {
        const ms = await meanCallMs((i) => probe.run(h, i), n >= 10000 && !plan ? 1500 : 400)
        const mode = plan ? 'planned' : 'plain'
        const entry = (result.perCall[probe.name] ??= { plain: {}, planned: {} })
        entry[mode][n] = ms
        console.log(`N=${n} ${mode.padEnd(7)} ${probe.name}: ${fmt.ms(ms)} ms/call`)
      }
    }
    forgetDataset(file)
  }
  return result
}

export function dataLayerReport({ sizes, loadMs, perCall }: DataLayerResult): string {
  const first = sizes[0] ?? 0
  const last = sizes[sizes.length - 1] ?? 0
  const lastPlain = sizes.filter((n) => n <= PLAIN_UP_TO).pop() ?? first
  const cell = (ms: number | undefined) => (ms === undefined ? '—' : fmt.ms(ms))
  const head = ['getter (ms/call)', 'result grows with N?', ...sizes.flatMap((n) => [`plain N=${n}`, `planned N=${n}`])]
  if (sizes.length > 1) head.push(`planned ${last}/${first}`, `plain→planned at ${lastPlain}`)
  const rows = PROBES.map((probe) => {
    const entry = perCall[probe.name] ?? { plain: {}, planned: {} }
    const row: (string | number)[] = [probe.name, probe.grows]
    for (const n of sizes) row.push(cell(entry.plain[n]), cell(entry.planned[n]))
    if (sizes.length > 1) {
      row.push(fmt.ratio((entry.planned[last] ?? NaN) / (entry.planned[first] ?? NaN)))
      row.push(`${((entry.plain[lastPlain] ?? NaN) / (entry.planned[lastPlain] ?? NaN)).toFixed(1)}× faster`)
    }
    return row
  })
  const load = table(
    ['N', ...sizes.map(String)],
    [['dataset load + parse (ms)', ...sizes.map((n) => fmt.ms(loadMs[n] ?? NaN))]],
  )
  return `Mean wall time per call (after warm-up) of each gateway getter over the embedded
source, plain groq-js ("plain", a full scan per \`*[...]\`) against the query planner
("planned", index lookups; same queries, same results). Target: per-call cost of a
lookup does not grow with N. Above N = ${PLAIN_UP_TO} only the planner is timed (—): plain groq-js
would take hours there.

${table(head, rows)}

${load}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runDataLayer(sizesFromArgs())
  writeSection('data-layer', 'Data layer: gateway getters vs N', dataLayerReport(result))
}
