/**
 * Lighthouse (mobile, the default) for every page type, median of five runs
 * each, against `next start` on 127.0.0.1, with Debian's Chromium:
 *   npm run build && npx tsx bench/lighthouse.ts
 *       the committed dataset (sanity/seed/production.ndjson), the build readers get (.next)
 *   npx tsx bench/lighthouse.ts --dist=.next-other
 *       another build of the committed dataset
 *   npx tsx bench/lighthouse.ts --compare=.next-base[,.next-other]
 *       also other builds (say, of the unchanged commit), all measured in turn
 *       page by page (A, B, A, B) so that machine load falls on each alike
 *   npx tsx bench/lighthouse.ts --synthetic=100
 *       the synthetic N-article build bench/build.ts leaves in bench/.work/dist-N
 *   --runs=5 --port=3204 --only=article (pages whose path or kind contains it)
 *   --no-write (print only; bench/RESULTS.md is left alone)
 *
 * Lighthouse's simulated throttling multiplies the main thread's wall time by
 * four, so a busy machine inflates total blocking time: each run records the
 * 1-minute load average beside its figures.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { WORK_DIR, datasetPath } from './lib/datasets'
import { median } from './lib/median'
import { table, writeSection } from './lib/results'
import { startNext, type RunningServer } from './lib/server'
import { portalDist } from './build'

const run = promisify(execFile)
const CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'))
const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8')) as { version: string }
).version
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}
const COMMITTED_DATASET = path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson')

type Category = (typeof CATEGORIES)[number]
interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    {
      score: number | null
      numericValue?: number
      details?: { items?: { url?: string; sourceLocation?: { url?: string } }[] }
    }
  >
}

/** One page of each type the site has, found in the dataset the build was made from. */
export interface PageToScore {
  kind: string
  path: string
}

export interface PageScores extends PageToScore {
  median: Record<Category, number>
  tbtMs: number
  lcpMs: number
  /** The 1-minute load average when each run started. */
  load: number[]
  failing: Record<Category, string[]>
}

/** A build to measure: its dist folder and the dataset it was built from. */
export interface LighthouseTarget {
  label: string
  distDir: string
  env: Record<string, string>
}

export interface LighthouseResult {
  dataset: string
  runs: number
  targets: { target: LighthouseTarget; pages: PageScores[] }[]
}

interface DatasetDoc {
  _id: string
  _type: string
  isSample?: boolean
  slug?: { current?: string }
  region?: { _ref?: string }
}

/**
 * Home, a region, the real (non-sample) article if the dataset has one and a
 * sample article, the symptom hub most articles mention, the symptoms A–Z
 * index and search. The committed dataset's one real article is the Gluteus
 * Medius trigger points article, longer than the samples.
 */
export function pagesOf(datasetFile: string): PageToScore[] {
  const lines = readFileSync(datasetFile, 'utf8').split('\n').filter(Boolean)
  const docs = lines.map((line) => JSON.parse(line) as DatasetDoc)
  const articleLines = lines.filter((line) => line.includes('"_type":"article"'))
  const articles = docs.filter((doc) => doc._type === 'article' && doc.slug?.current)
  const real = articles.find((doc) => doc.isSample === false)
  const sample = articles.find((doc) => doc !== real)
  const regionId = (real ?? sample)?.region?._ref
  const region = docs.find((doc) => doc._type === 'bodyRegion' && (doc._id === regionId || !regionId))
  const mentions = (id: string) => articleLines.filter((line) => line.includes(`"_ref":"${id}"`)).length
  const hub = docs
    .filter((doc) => doc._type === 'symptom' && doc.slug?.current)
    .map((doc) => ({ doc, count: mentions(doc._id) }))
    .sort((a, b) => b.count - a.count)[0]?.doc
  const pages: (PageToScore | undefined)[] = [
    { kind: 'home', path: '/' },
    region && { kind: 'region', path: `/regions/${region.slug?.current}` },
    real && { kind: 'article (real seed)', path: `/articles/${real.slug?.current}` },
    sample && { kind: 'article (sample)', path: `/articles/${sample.slug?.current}` },
    hub && { kind: 'hub', path: `/symptoms/${hub.slug?.current}` },
    { kind: 'A–Z index', path: '/symptoms' },
    { kind: 'search', path: '/search' },
  ]
  return pages.filter((page): page is PageToScore => Boolean(page))
}

/** One Lighthouse run; a run whose trace Chrome failed to record (NO_NAVSTART, now and then on a busy machine) is retried. */
async function audit(url: string, name: string, attempts = 3): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      const report = await auditOnce(url, name)
      if (report.categories.performance.score !== null) return report
      if (attempt >= attempts) return report
    } catch (error) {
      if (attempt >= attempts) throw error
    }
    console.log(`  ${url}: Lighthouse recorded no usable trace; running it again`)
  }
}

async function auditOnce(url: string, name: string): Promise<Report> {
  mkdirSync(WORK_DIR, { recursive: true })
  const out = path.join(WORK_DIR, `lighthouse-${name}.json`)
  await run(
    'node',
    [
      CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 ** 2 },
  )
  return JSON.parse(readFileSync(out, 'utf8')) as Report
}

function summarise(page: PageToScore, reports: Report[], load: number[]): PageScores {
  const medianScores = {} as Record<Category, number>
  const failing = {} as Record<Category, string[]>
  for (const category of CATEGORIES) {
    medianScores[category] = median(reports.map((r) => Math.round((r.categories[category].score ?? 0) * 100)))
    const failed = new Map<string, { scores: number[]; urls: Set<string> }>()
    for (const report of reports) {
      for (const ref of report.categories[category].auditRefs) {
        const result = report.audits[ref.id]
        if (ref.weight > 0 && result && result.score !== null && result.score < 0.9) {
          const entry = failed.get(ref.id) ?? { scores: [], urls: new Set<string>() }
          entry.scores.push(result.score)
          // Name the offending URLs (a missing favicon, a failing script) so the fix is obvious.
          for (const item of result.details?.items ?? []) {
            const url = item.sourceLocation?.url ?? item.url
            if (url) entry.urls.add(url)
          }
          failed.set(ref.id, entry)
        }
      }
    }
    failing[category] = [...failed].map(
      ([id, { scores, urls }]) =>
        `${id} (${scores.length}/${reports.length} runs, lowest ${Math.min(...scores)}${urls.size ? `: ${[...urls].join(', ')}` : ''})`,
    )
  }
  const metric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN))
  return {
    ...page,
    median: medianScores,
    tbtMs: metric('total-blocking-time'),
    lcpMs: metric('largest-contentful-paint'),
    load,
    failing,
  }
}

/**
 * Every page of `datasetFile` against every target, `runs` times. Within a run
 * the targets take turns page by page, so a burst of load elsewhere on the
 * machine falls on all of them rather than on whichever was measured then.
 */
export async function runLighthouse({
  targets,
  datasetFile,
  runs = 5,
  port = 3204,
  only,
}: {
  targets: LighthouseTarget[]
  datasetFile: string
  runs?: number
  port?: number
  /** Only the pages whose path or kind contains this. */
  only?: string
}): Promise<LighthouseResult> {
  const pages = pagesOf(datasetFile).filter((page) => !only || page.path.includes(only) || page.kind.includes(only))
  const servers: RunningServer[] = []
  try {
    for (const [i, target] of targets.entries())
      servers.push(await startNext(process.cwd(), target.distDir, port + 2 * i, target.env))
    const reports = targets.map(() => pages.map((): Report[] => []))
    const loads = targets.map(() => pages.map((): number[] => []))
    for (let r = 0; r < runs; r++) {
      for (const [p, page] of pages.entries()) {
        for (const [t, target] of targets.entries()) {
          const load = os.loadavg()[0] as number
          const report = await audit(`${servers[t]?.origin}${page.path}`, `${t}-${p}-${r}`)
          reports[t]?.[p]?.push(report)
          loads[t]?.[p]?.push(load)
          const score = Math.round((report.categories.performance.score ?? 0) * 100)
          const tbt = Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN)
          console.log(`run ${r + 1}/${runs} ${target.label} ${page.path}: performance ${score}, TBT ${tbt} ms, load ${load.toFixed(2)}`)
        }
      }
    }
    return {
      dataset: datasetFile,
      runs,
      targets: targets.map((target, t) => ({
        target,
        pages: pages.map((page, p) => summarise(page, reports[t]?.[p] ?? [], loads[t]?.[p] ?? [])),
      })),
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
  }
}

/** The committed dataset's build (`npm run build`), in `distDir`. */
export const committedTarget = (label: string, distDir: string): LighthouseTarget => ({
  label,
  distDir: path.resolve(distDir),
  env: {},
})

/** The synthetic N-article build bench/build.ts leaves behind. */
export const syntheticTarget = (n: number): LighthouseTarget => ({
  label: `synthetic N=${n}`,
  distDir: portalDist(n),
  env: { EMBEDDED_DATASET_PATH: datasetPath(n) },
})

const round = (value: number) => (Number.isFinite(value) ? Math.round(value) : 'n/a')

export function lighthouseReport(result: LighthouseResult): string {
  const sections = result.targets.map(({ target, pages }) => {
    const rows = pages.map((p) => [
      p.kind,
      `\`${p.path}\``,
      ...CATEGORIES.map((c) => `${p.median[c]}${p.median[c] >= TARGET[c] ? '' : ' **(below target)**'}`),
      round(p.tbtMs),
      round(p.lcpMs),
      CATEGORIES.flatMap((c) => p.failing[c].map((f) => f.split(' ')[0])).join(', ') || 'none',
      `${Math.min(...p.load).toFixed(1)}–${Math.max(...p.load).toFixed(1)}`,
    ])
    const notes = pages.flatMap((p) =>
      CATEGORIES.filter((c) => p.failing[c].length > 0).map(
        (c) => `- \`${p.path}\` ${c}: weighted audits below 0.9: ${p.failing[c].join('; ')}`,
      ),
    )
    return `### ${target.label} (\`${path.relative(process.cwd(), target.distDir)}\`)

${table(
  [
    'page',
    'path',
    ...CATEGORIES.map((c) => `${c} (≥ ${TARGET[c]})`),
    'TBT ms',
    'LCP ms',
    'audits below 0.9 (any run)',
    'load avg (1 min)',
  ],
  rows,
)}

${notes.length ? notes.join('\n') : 'No weighted audit scored below 0.9 in any run.'}`
  })
  const interleaved =
    result.targets.length > 1 ? ' The builds were measured alternately, page by page, within each run.' : ''
  return `Lighthouse ${LIGHTHOUSE_VERSION}, mobile (default simulated throttling: main-thread time × 4), Chromium
headless, median of ${result.runs} runs per page, dataset \`${path.relative(process.cwd(), result.dataset)}\` on
127.0.0.1.${interleaved} Targets: performance ≥ 98, accessibility, best practices and SEO 100. TBT
and LCP are the medians of the simulated values; the load average is the machine's (${os.cpus().length}
CPUs) when each run started: load from other work inflates TBT.

${sections.join('\n\n')}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const synthetic = arg('synthetic')
  const targets: LighthouseTarget[] = synthetic
    ? [syntheticTarget(Number(synthetic))]
    : [
        ...(arg('compare')?.split(',') ?? []).map((dir) => committedTarget(`before (${dir})`, dir)),
        committedTarget(arg('compare') ? `after (${arg('dist') ?? '.next'})` : 'committed dataset', arg('dist') ?? '.next'),
      ]
  for (const target of targets)
    if (!existsSync(path.join(target.distDir, 'BUILD_ID')))
      throw new Error(`${target.distDir} has no build: run npm run build (or bench/build.ts for --synthetic) first`)
  const result = await runLighthouse({
    targets,
    datasetFile: synthetic ? datasetPath(Number(synthetic)) : COMMITTED_DATASET,
    runs: Number(arg('runs') ?? 5),
    port: Number(arg('port') ?? 3204),
    only: arg('only'),
  })
  const report = lighthouseReport(result)
  console.log(`\n${report}`)
  if (!process.argv.includes('--no-write')) writeSection('lighthouse', 'Lighthouse', report)
}
