/**
 * Builds the portal at each N and, in the same run, the floor app with N
 * trivial pages and the content floor (the same words in bare Next.js);
 * reports wall time, time per page, peak memory, output size, the ratios, and
 * how long the search index takes beside the site build:
 *   npx tsx bench/build.ts [--quick | --sizes=100,1000] [--rounds=3] [--partial=100000] [--prerender-articles=1000]
 * With --rounds=R every size is built R times, the three apps interleaved
 * (portal, floor, content floor, then again), and medians reported, so a change
 * in the machine's background load falls on all three alike. --partial=N adds a
 * portal build at N (once, after the rounds) as a partial prebuild: the most
 * recently reviewed --prerender-articles articles and page 1 of each listing.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { WORK_DIR, datasetPath, ensureDataset } from './lib/datasets'
import { lineChart } from './lib/chart'
import { distStats } from './lib/dist-stats'
import { floorDir, writeFloorApp, type FloorKind } from './lib/floor-app'
import { undoingNextTypeRewrites } from './lib/next-type-rewrites'
import { REGION_PAGE_SIZE } from '../lib/pagination'
import { median } from './lib/median'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { runMeasured } from './lib/run-measured'
import { syntheticRegionSlug } from '../support/synthetic/entities'

const ROOT = process.cwd()
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
const SEARCH_INDEX = path.join(ROOT, 'scripts', 'build-search-index.ts')
export const CHART_FILE = path.join(ROOT, 'bench', 'build-time-per-page.svg')
export const SECONDS_CHART_FILE = path.join(ROOT, 'bench', 'build-seconds.svg')
export const portalDist = (n: number) => path.join(WORK_DIR, `dist-${n}`)
export const floorDist = (kind: FloorKind, n: number) => path.join(WORK_DIR, `${kind}-dist-${n}`)
export const partialDist = (n: number) => path.join(WORK_DIR, `partial-dist-${n}`)

/** `portal-partial`: the portal as a partial prebuild (PRERENDER_ARTICLES, PRERENDER_LISTING_PAGES=1). */
type App = 'portal' | FloorKind | 'portal-partial'
const APPS: App[] = ['portal', 'floor', 'content-floor']
const distOf = (app: App, n: number) =>
  app === 'portal' ? portalDist(n) : app === 'portal-partial' ? partialDist(n) : floorDist(app, n)
const isPortal = (app: App) => app === 'portal' || app === 'portal-partial'

export interface BuildFigures {
  n: number
  app: App
  pages: number
  wallMs: number
  msPerPage: number
  maxProcessRssBytes: number
  peakTreeRssBytes: number
  outputBytes: number
  /** Portal only: gzip sizes of prerendered pages whose weight could grow with N. */
  weights?: PrerenderedWeights
  /** Portal only: wall time of the search index build that follows `next build`. */
  searchIndexMs?: number
  /** How many builds the figures are the median of (peak RSS: the largest). */
  rounds: number
  /** Partial prebuild only: how many articles it prerendered. */
  prerenderedArticles?: number
}

interface PrerenderedWeights {
  articleHtmlGz: number
  regionHtmlGz: number
  /** The first region's listing pages. */
  regionPages: number
  homeHtmlGz: number
}

/** Reads the first article, the first region's first listing page and home from the build output. */
function prerenderedWeights(dist: string): PrerenderedWeights {
  const app = path.join(dist, 'server', 'app')
  const gz = (file: string) => gzipSync(readFileSync(path.join(app, file))).length
  const region = `regions/${syntheticRegionSlug(0)}`
  const pagesDir = path.join(app, region, 'page')
  const later = existsSync(pagesDir) ? readdirSync(pagesDir).filter((f) => f.endsWith('.html')).length : 0
  return {
    articleHtmlGz: gz('articles/synthetic-condition-00001.html'),
    regionHtmlGz: gz(`${region}.html`),
    regionPages: 1 + later,
    homeHtmlGz: gz('index.html'),
  }
}

async function buildOnce(app: App, n: number, prerenderArticles?: number): Promise<BuildFigures> {
  const cwd = isPortal(app) ? ROOT : writeFloorApp(app as FloorKind, n)
  const dist = distOf(app, n)
  rmSync(dist, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: path.relative(cwd, dist),
    EMBEDDED_DATASET_PATH: datasetPath(n),
    FLOOR_PAGES: String(n),
    ...(app === 'portal-partial' ? { PRERENDER_ARTICLES: String(prerenderArticles), PRERENDER_LISTING_PAGES: '1' } : {}),
  }
  const build = () => runMeasured(['node', NEXT_BIN, 'build'], { cwd, env })
  const measured = isPortal(app)
    ? await undoingNextTypeRewrites(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'next-env.d.ts'), build)
    : await build()
  // `npm run build` also writes the site search's index; the page-weight and search runs use it. Timed on its
  // own (and after distStats), so the build figures stay `next build` alone, as before.
  const { pages, bytes } = distStats(dist)
  const index = isPortal(app)
    ? await runMeasured(['node', '--conditions=react-server', '--import', 'tsx', SEARCH_INDEX], { cwd, env })
    : null
  const figures: BuildFigures = {
    n,
    app,
    pages,
    wallMs: measured.wallMs,
    msPerPage: measured.wallMs / pages,
    maxProcessRssBytes: measured.maxProcessRssBytes,
    peakTreeRssBytes: measured.peakTreeRssBytes,
    outputBytes: bytes,
    rounds: 1,
    ...(app === 'portal' ? { weights: prerenderedWeights(dist) } : {}),
    ...(index ? { searchIndexMs: index.wallMs } : {}),
    ...(app === 'portal-partial' ? { prerenderedArticles: prerenderArticles } : {}),
  }
  console.log(
    `${app} N=${n}: ${pages} pages in ${(measured.wallMs / 1000).toFixed(1)} s (${fmt.ms(figures.msPerPage)} ms/page), ` +
      `peak RSS ${fmt.mb(measured.peakTreeRssBytes)} MB (tree), output ${fmt.mb(bytes)} MB`,
  )
  return figures
}

/** One app at one N over its rounds: median times, the largest memory. */
function combine(runs: BuildFigures[]): BuildFigures {
  const first = runs[0] as BuildFigures
  const wallMs = median(runs.map((r) => r.wallMs))
  const searchIndexMs = first.searchIndexMs === undefined ? undefined : median(runs.map((r) => r.searchIndexMs ?? NaN))
  return {
    ...first,
    wallMs,
    msPerPage: wallMs / first.pages,
    maxProcessRssBytes: Math.max(...runs.map((r) => r.maxProcessRssBytes)),
    peakTreeRssBytes: Math.max(...runs.map((r) => r.peakTreeRssBytes)),
    rounds: runs.length,
    ...(searchIndexMs === undefined ? {} : { searchIndexMs }),
  }
}

export interface BuildOptions {
  rounds?: number
  /** A partial-prebuild portal build at this N, after the rounds. */
  partial?: number
  prerenderArticles?: number
  /** Keep every build's output (the search benchmark serves the largest); by default only the smallest N's. */
  keepAll?: boolean
}

export async function runBuilds(sizes: number[], options: BuildOptions = {}): Promise<BuildFigures[]> {
  const { rounds = 1, partial, prerenderArticles = 1000, keepAll = false } = options
  const runs: BuildFigures[] = []
  for (const n of sizes) ensureDataset(n)
  for (let round = 1; round <= rounds; round++) {
    for (const n of sizes) {
      for (const app of APPS) {
        console.log(`round ${round}/${rounds}: ${app} N=${n}`)
        runs.push(await buildOnce(app, n))
      }
      // Keep the smallest builds for the page-weight, serving and Lighthouse runs; the rest is disk.
      const last = round === rounds
      if (n !== sizes[0] && !(last && keepAll)) for (const app of APPS) rmSync(distOf(app, n), { recursive: true, force: true })
    }
  }
  const results = sizes.flatMap((n) => APPS.map((app) => combine(runs.filter((r) => r.app === app && r.n === n))))
  if (partial) {
    ensureDataset(partial)
    console.log(`partial prebuild: portal N=${partial}, ${prerenderArticles} articles prerendered`)
    results.push(await buildOnce('portal-partial', partial, prerenderArticles))
  }
  // The content floor's per-page JSON only feeds its build; its prerendered pages stand alone.
  rmSync(path.join(floorDir('content-floor'), 'content'), { recursive: true, force: true })
  return results
}

/** `--rounds=3 --partial=100000 --prerender-articles=1000 --keep` */
export function buildOptionsFromArgs(argv = process.argv): BuildOptions {
  const number = (name: string) => {
    const arg = argv.find((a) => a.startsWith(`--${name}=`))
    return arg ? Number(arg.slice(name.length + 3)) : undefined
  }
  const [rounds, partial, prerenderArticles] = [number('rounds'), number('partial'), number('prerender-articles')]
  return {
    ...(rounds ? { rounds } : {}),
    ...(partial ? { partial } : {}),
    ...(prerenderArticles ? { prerenderArticles } : {}),
    keepAll: argv.includes('--keep'),
  }
}

const slope = (a: BuildFigures | undefined, b: BuildFigures | undefined) =>
  a && b ? (b.wallMs - a.wallMs) / (b.pages - a.pages) : NaN

export function buildReport(results: BuildFigures[]): string {
  const sizes = [...new Set(results.map((r) => r.n))]
  const of = (app: App, n: number) => results.find((r) => r.app === app && r.n === n)
  const rows = sizes.flatMap((n) => {
    const floor = of('floor', n)
    const content = of('content-floor', n)
    return [...APPS, 'portal-partial' as const].flatMap((app) => {
      const r = of(app, n)
      if (!r) return []
      if (!floor || !content) {
        return [[n, app, r.pages, (r.wallMs / 1000).toFixed(1), fmt.ms(r.msPerPage), '', '', fmt.mb(r.peakTreeRssBytes), fmt.mb(r.maxProcessRssBytes), fmt.mb(r.outputBytes)]]
      }
      return [
        [
          n,
          app,
          r.pages,
          (r.wallMs / 1000).toFixed(1),
          fmt.ms(r.msPerPage),
          fmt.ratio(r.msPerPage / floor.msPerPage),
          fmt.ratio(r.msPerPage / content.msPerPage),
          fmt.mb(r.peakTreeRssBytes),
          fmt.mb(r.maxProcessRssBytes),
          fmt.mb(r.outputBytes),
        ],
      ]
    })
  })
  const head = [
    'N',
    'app',
    'pages',
    'wall (s)',
    'ms/page',
    'vs floor',
    'vs content floor',
    'peak RSS, tree (MB)',
    'largest process (MB)',
    'output (MB)',
  ]
  const targets: string[] = []
  for (const n of sizes) {
    const [portal, floor, content] = [of('portal', n), of('floor', n), of('content-floor', n)]
    if (!portal || !floor || !content) continue
    targets.push(
      `- N=${n}: time per page ${fmt.ratio(portal.msPerPage / floor.msPerPage)} the floor's, ` +
        `${fmt.ratio(portal.msPerPage / content.msPerPage)} the content floor's`,
    )
  }
  // Fixed costs (compiling, type checking) dominate small builds; the cost of
  // one more page is the slope between two sizes.
  // Between the sizes all three apps were built at (not the partial prebuild's N).
  const full = sizes.filter((n) => of('portal', n))
  for (let i = 1; i < full.length; i++) {
    const [a, b] = [full[i - 1] as number, full[i] as number]
    const [portal, floor, content] = (['portal', 'floor', 'content-floor'] as const).map((app) =>
      slope(of(app, a), of(app, b)),
    ) as [number, number, number]
    const perArticle = (app: App) => {
      const [from, to] = [of(app, a), of(app, b)]
      return from && to ? (to.wallMs - from.wallMs) / (b - a) : NaN
    }
    const articleRatio = perArticle('portal') / perArticle('content-floor')
    targets.push(
      `- Marginal time per extra page, N=${a}→${b}: portal ${fmt.ms(portal)} ms, floor ${fmt.ms(floor)} ms, ` +
        `content floor ${fmt.ms(content)} ms; portal/content floor ${fmt.ratio(portal / content)} ` +
        `(target ≤ 1.30×): ${fmt.pass(portal / content <= 1.3)}; portal/floor ${fmt.ratio(portal / floor)}`,
      `- Marginal time per extra article, N=${a}→${b}: portal ${fmt.ms(perArticle('portal'))} ms, content floor ` +
        `${fmt.ms(perArticle('content-floor'))} ms (${fmt.ratio(articleRatio)}): the portal's pages per article ` +
        `include the listing pages`,
    )
  }
  for (const n of sizes) {
    const portal = of('portal', n)
    if (portal?.searchIndexMs === undefined) continue
    const share = portal.searchIndexMs / portal.wallMs
    targets.push(
      `- Search index at N=${n}: ${(portal.searchIndexMs / 1000).toFixed(1)} s, ${(share * 100).toFixed(1)} % of the site build ` +
        `(target ≤ 10 %): ${fmt.pass(share <= 0.1)}`,
    )
  }
  const partialRun = results.find((r) => r.app === 'portal-partial')
  const full10k = of('portal', 10000)
  if (partialRun) {
    targets.push(
      `- Partial prebuild at N=${partialRun.n} (${partialRun.prerenderedArticles} articles and page 1 of each listing prerendered): ` +
        `${(partialRun.wallMs / 1000).toFixed(1)} s, peak RSS ${fmt.mb(partialRun.peakTreeRssBytes)} MB (target ≤ 4096 MB): ` +
        `${fmt.pass(partialRun.peakTreeRssBytes <= 4 * 1024 ** 3)}` +
        (full10k
          ? `; against the full N=10000 build's ${(full10k.wallMs / 1000).toFixed(1)} s (target ≤): ${fmt.pass(partialRun.wallMs <= full10k.wallMs)}`
          : ''),
    )
  }
  const big = of('portal', 10000)
  const mid = of('portal', 1000)
  if (big)
    targets.push(
      `- Peak RSS at 10 000: ${fmt.mb(big.peakTreeRssBytes)} MB (target ≤ 4096 MB): ${fmt.pass(big.peakTreeRssBytes <= 4 * 1024 ** 3)}`,
    )
  if (big && mid) {
    const growth = big.msPerPage / mid.msPerPage
    targets.push(
      `- Time per page at 10 000 vs 1 000: ${fmt.ratio(growth)} (target ≤ 1.20×): ${fmt.pass(growth <= 1.2)}`,
    )
  }
  const weightRows = sizes.flatMap((n) => {
    const w = of('portal', n)?.weights
    return w
      ? [[n, fmt.kb(w.homeHtmlGz), fmt.kb(w.articleHtmlGz), fmt.kb(w.regionHtmlGz), w.regionPages]]
      : []
  })
  const weights = weightRows.length
    ? `\n\nPrerendered HTML of the portal at each N, gzip, KB (home, the first article, page 1 of the
first region's listing; target ≤ 20 at every N). A region lists ${REGION_PAGE_SIZE} articles per page.

${table(['N', 'home', 'article', 'region page', 'region listing pages'], weightRows)}`
    : ''
  const rounds = Math.max(...results.map((r) => r.rounds))
  const roundsNote =
    rounds > 1
      ? `\n\nEach figure is the median of ${rounds} builds (peak RSS: the largest), the three apps built interleaved ` +
        `round by round (portal, floor, content floor at each N, then again).`
      : ''
  return `\`next build\` of the portal on the synthetic dataset of N articles and, in the same run, of two
bare Next.js apps with the same \`experimental.cpus\`: the floor (N trivial static pages, the
issue's reference) and the content floor (N static pages carrying the same articles' words in
plain markup, read from a JSON file per page: what Next itself costs for pages this size).
Pages are prerendered HTML files; peak RSS "tree" is the largest sampled sum over the build's
process tree, "largest process" is GNU time's maximum resident set size. Output size leaves
out \`cache/\`.${roundsNote}

${table(head, rows)}

${targets.join('\n')}

![Build time per page vs N](build-time-per-page.svg)

![Build seconds vs N](build-seconds.svg)${weights}`
}

export function writeChart(results: BuildFigures[]): void {
  const series = (app: App, name: string, colour: string, value: (r: BuildFigures) => number = (r) => r.msPerPage) => ({
    name,
    colour,
    points: results.filter((r) => r.app === app).map((r) => ({ n: r.n, value: value(r) })),
  })
  const seconds = (r: BuildFigures) => r.wallMs / 1000
  writeFileSync(
    SECONDS_CHART_FILE,
    lineChart('next build: wall seconds', 'seconds', [
      series('portal', 'portal', '#005eb8', seconds),
      series('portal-partial', 'portal, partial prebuild', '#007f3b', seconds),
      series('content-floor', 'bare Next, same content', '#d5281b', seconds),
      series('floor', 'bare Next, trivial pages', '#999', seconds),
    ].filter((s) => s.points.length > 0)),
  )
  writeFileSync(
    CHART_FILE,
    lineChart('next build: time per page', 'ms per page', [
      series('portal', 'portal', '#005eb8'),
      series('content-floor', 'bare Next, same content', '#d5281b'),
      series('floor', 'bare Next, trivial pages', '#999'),
    ]),
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runBuilds(sizesFromArgs(), buildOptionsFromArgs())
  writeChart(results)
  writeSection('build', 'Build: portal vs bare Next.js floor', buildReport(results))
}
