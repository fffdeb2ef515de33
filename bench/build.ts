/**
 * Builds the portal at each N and, in the same run, the floor app with N
 * trivial pages; reports wall time, time per page, peak memory, output size
 * and the portal/floor ratio:
 *   npx tsx bench/build.ts [--quick | --sizes=100,1000]
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
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { runMeasured } from './lib/run-measured'
import { syntheticRegionSlug } from '../support/synthetic/entities'

const ROOT = process.cwd()
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
const SEARCH_INDEX = path.join(ROOT, 'scripts', 'build-search-index.ts')
export const CHART_FILE = path.join(ROOT, 'bench', 'build-time-per-page.svg')
export const portalDist = (n: number) => path.join(WORK_DIR, `dist-${n}`)
export const floorDist = (kind: FloorKind, n: number) => path.join(WORK_DIR, `${kind}-dist-${n}`)

type App = 'portal' | FloorKind
const APPS: App[] = ['portal', 'floor', 'content-floor']
const distOf = (app: App, n: number) => (app === 'portal' ? portalDist(n) : floorDist(app, n))

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

async function buildOnce(app: App, n: number): Promise<BuildFigures> {
  const cwd = app === 'portal' ? ROOT : writeFloorApp(app, n)
  const dist = distOf(app, n)
  rmSync(dist, { recursive: true, force: true })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: path.relative(cwd, dist),
    EMBEDDED_DATASET_PATH: datasetPath(n),
    FLOOR_PAGES: String(n),
  }
  const build = () => runMeasured(['node', NEXT_BIN, 'build'], { cwd, env })
  const measured =
    app === 'portal'
      ? await undoingNextTypeRewrites(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'next-env.d.ts'), build)
      : await build()
  // `npm run build` also writes the site search's index; the page-weight run weighs what search fetches from it.
  // Outside the measured time (and before distStats), so the figures stay `next build` alone, as before.
  const { pages, bytes } = distStats(dist)
  if (app === 'portal') await runMeasured(['node', '--conditions=react-server', '--import', 'tsx', SEARCH_INDEX], { cwd, env })
  const figures: BuildFigures = {
    n,
    app,
    pages,
    wallMs: measured.wallMs,
    msPerPage: measured.wallMs / pages,
    maxProcessRssBytes: measured.maxProcessRssBytes,
    peakTreeRssBytes: measured.peakTreeRssBytes,
    outputBytes: bytes,
    ...(app === 'portal' ? { weights: prerenderedWeights(dist) } : {}),
  }
  console.log(
    `${app} N=${n}: ${pages} pages in ${(measured.wallMs / 1000).toFixed(1)} s (${fmt.ms(figures.msPerPage)} ms/page), ` +
      `peak RSS ${fmt.mb(measured.peakTreeRssBytes)} MB (tree), output ${fmt.mb(bytes)} MB`,
  )
  return figures
}

export async function runBuilds(sizes: number[]): Promise<BuildFigures[]> {
  const results: BuildFigures[] = []
  for (const n of sizes) {
    ensureDataset(n)
    for (const app of APPS) results.push(await buildOnce(app, n))
    // Keep the smallest builds for the page-weight, serving and Lighthouse runs; the rest is disk.
    if (n !== sizes[0]) for (const app of APPS) rmSync(distOf(app, n), { recursive: true, force: true })
  }
  // The content floor's per-page JSON only feeds its build; its prerendered pages stand alone.
  rmSync(path.join(floorDir('content-floor'), 'content'), { recursive: true, force: true })
  return results
}

const slope = (a: BuildFigures | undefined, b: BuildFigures | undefined) =>
  a && b ? (b.wallMs - a.wallMs) / (b.pages - a.pages) : NaN

export function buildReport(results: BuildFigures[]): string {
  const sizes = [...new Set(results.map((r) => r.n))]
  const of = (app: App, n: number) => results.find((r) => r.app === app && r.n === n)
  const rows = sizes.flatMap((n) => {
    const floor = of('floor', n)
    const content = of('content-floor', n)
    return APPS.flatMap((app) => {
      const r = of(app, n)
      if (!r || !floor || !content) return []
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
    const ratio = portal.msPerPage / floor.msPerPage
    targets.push(
      `- N=${n}: time per page ${fmt.ratio(ratio)} the floor's (target ≤ 1.30×): ${fmt.pass(ratio <= 1.3)}; ` +
        `${fmt.ratio(portal.msPerPage / content.msPerPage)} the content floor's`,
    )
  }
  // Fixed costs (compiling, type checking) dominate small builds; the cost of
  // one more page is the slope between two sizes.
  for (let i = 1; i < sizes.length; i++) {
    const [a, b] = [sizes[i - 1] as number, sizes[i] as number]
    const [portal, floor, content] = (['portal', 'floor', 'content-floor'] as const).map((app) =>
      slope(of(app, a), of(app, b)),
    ) as [number, number, number]
    targets.push(
      `- Marginal time per extra page, N=${a}→${b}: portal ${fmt.ms(portal)} ms, floor ${fmt.ms(floor)} ms, ` +
        `content floor ${fmt.ms(content)} ms; portal/floor ${fmt.ratio(portal / floor)} (target ≤ 1.30×): ` +
        `${fmt.pass(portal / floor <= 1.3)}; portal/content floor ${fmt.ratio(portal / content)}`,
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
  return `\`next build\` of the portal on the synthetic dataset of N articles and, in the same run, of two
bare Next.js apps with the same \`experimental.cpus\`: the floor (N trivial static pages, the
issue's reference) and the content floor (N static pages carrying the same articles' words in
plain markup, read from a JSON file per page: what Next itself costs for pages this size).
Pages are prerendered HTML files; peak RSS "tree" is the largest sampled sum over the build's
process tree, "largest process" is GNU time's maximum resident set size. Output size leaves
out \`cache/\`.

${table(head, rows)}

${targets.join('\n')}

![Build time per page vs N](build-time-per-page.svg)${weights}`
}

export function writeChart(results: BuildFigures[]): void {
  const series = (app: App, name: string, colour: string) => ({
    name,
    colour,
    points: results.filter((r) => r.app === app).map((r) => ({ n: r.n, value: r.msPerPage })),
  })
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
  const results = await runBuilds(sizesFromArgs())
  writeChart(results)
  writeSection('build', 'Build: portal vs bare Next.js floor', buildReport(results))
}
