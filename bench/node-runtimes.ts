/**
 * The same portal on two Node.js runtimes, interleaved: the machine's own Node
 * (the one npm runs on; Node 20 on these machines) and the project's runtime
 * (node_modules/.bin/node, Node 24). Per runtime and round:
 * - a portal build: ms/page, and getArticle's wall time inside Next's
 *   static-generation workers (which also counts other pages' rendering
 *   interleaved with the query, so it is an upper bound);
 * - getArticle alone, plain and inside an AsyncLocalStorage context as in
 *   those workers, on the real seed article and on the synthetic dataset
 *   (bench/lib/context-probe.ts, one child process per runtime).
 *   npx tsx bench/node-runtimes.ts [--sizes=100] [--rounds=2] [--baseline-node=/usr/bin/node]
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { DEFAULT_DATASET_PATH } from '../lib/embedded-groq/embedded-store'
import { articleQuery } from '../sanity/queries'
import { WORK_DIR, datasetPath, ensureDataset } from './lib/datasets'
import { distStats } from './lib/dist-stats'
import { median } from './lib/median'
import { undoingNextTypeRewrites } from './lib/next-type-rewrites'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { runMeasured } from './lib/run-measured'

const ROOT = process.cwd()
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
const PROJECT_NODE = path.join(ROOT, 'node_modules', '.bin', 'node')

interface Runtime {
  label: string
  node: string
  version: string
}

export interface RuntimeFigures {
  n: number
  runtime: Runtime
  round: number
  msPerPage: number
  /** getArticle's query inside the build workers, median ms per call (each worker's first call also builds indexes). */
  articleQueryMs: number
  /** The same, mean: includes each worker's first call. */
  articleQueryMeanMs: number
  articleQueries: number
  /** getArticle alone, mean ms per call: the seed article, and the synthetic dataset's articles. */
  seed: ContextProbe
  synthetic: ContextProbe
}

interface ContextProbe {
  plainMs: number
  inContextMs: number
}

const SEED_SLUG = 'gluteus-medius-trigger-points'

function probe(runtime: Runtime, file: string, slug?: string): ContextProbe {
  const script = path.join(ROOT, 'bench', 'lib', 'context-probe.ts')
  const out = execFileSync(runtime.node, ['--import', 'tsx', script, file, ...(slug ? [slug] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').pop() as string) as ContextProbe
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)

/** The first `node` on PATH that is not the project's own: the one the machine ships. */
function baselineNode(): string | undefined {
  const given = arg('baseline-node')
  if (given) return given
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes('node_modules'))
  return dirs.map((dir) => path.join(dir, 'node')).find((file) => existsSync(file))
}

function runtimes(): Runtime[] {
  const version = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const project: Runtime = { label: 'project', node: PROJECT_NODE, version: version(PROJECT_NODE) }
  const machineNode = baselineNode()
  if (!machineNode) return [project]
  const baseline: Runtime = { label: 'machine', node: machineNode, version: version(machineNode) }
  return baseline.version === project.version ? [project] : [baseline, project]
}

async function buildOn(runtime: Runtime, n: number, round: number): Promise<RuntimeFigures> {
  const dist = path.join(WORK_DIR, `runtime-dist-${n}`)
  const timings = path.join(WORK_DIR, `runtime-queries-${n}.ndjson`)
  rmSync(dist, { recursive: true, force: true })
  rmSync(timings, { force: true })
  // The runtime's own directory goes first on PATH, so Next's workers and
  // anything they spawn run on it too.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.dirname(runtime.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: path.relative(ROOT, dist),
    EMBEDDED_DATASET_PATH: datasetPath(n),
    EMBEDDED_QUERY_TIMINGS: timings,
  }
  const measured = await undoingNextTypeRewrites(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'next-env.d.ts'), () =>
    runMeasured([runtime.node, NEXT_BIN, 'build'], { cwd: ROOT, env }),
  )
  const { pages } = distStats(dist)
  const articleRuns = readFileSync(timings, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { query: string; ms: number })
    .filter((entry) => entry.query === articleQuery)
  rmSync(dist, { recursive: true, force: true })
  const figures: RuntimeFigures = {
    n,
    runtime,
    round,
    msPerPage: measured.wallMs / pages,
    articleQueryMs: median(articleRuns.map((entry) => entry.ms)),
    articleQueryMeanMs: articleRuns.reduce((sum, entry) => sum + entry.ms, 0) / articleRuns.length,
    articleQueries: articleRuns.length,
    seed: probe(runtime, DEFAULT_DATASET_PATH, SEED_SLUG),
    synthetic: probe(runtime, datasetPath(n)),
  }
  console.log(
    `Node ${runtime.version} N=${n} round ${round}: ${fmt.ms(figures.msPerPage)} ms/page, ` +
      `getArticle median ${fmt.ms(figures.articleQueryMs)} / mean ${fmt.ms(figures.articleQueryMeanMs)} ms/call ` +
      `over ${articleRuns.length} calls in build workers; alone (plain / in context): seed ` +
      `${fmt.ms(figures.seed.plainMs)} / ${fmt.ms(figures.seed.inContextMs)} ms, synthetic ` +
      `${fmt.ms(figures.synthetic.plainMs)} / ${fmt.ms(figures.synthetic.inContextMs)} ms`,
  )
  return figures
}

export async function runNodeRuntimes(sizes: number[], rounds = Number(arg('rounds') ?? 2)): Promise<RuntimeFigures[]> {
  const results: RuntimeFigures[] = []
  const all = runtimes()
  for (const n of sizes) {
    ensureDataset(n)
    // Interleaved (A, B, A, B) so a change in the machine's load falls on both runtimes alike.
    for (let round = 1; round <= rounds; round++) for (const runtime of all) results.push(await buildOn(runtime, n, round))
  }
  return results
}

export function nodeRuntimesReport(results: RuntimeFigures[]): string {
  const versions = [...new Map(results.map((r) => [r.runtime.version, r.runtime])).values()]
  if (versions.length < 2) {
    return `Only one Node.js runtime was found (${versions[0]?.version ?? 'none'}); pass --baseline-node=<path> to compare.`
  }
  const sizes = [...new Set(results.map((r) => r.n))]
  const rows: (string | number)[][] = []
  const ratios: string[] = []
  for (const n of sizes) {
    const byRuntime = versions.map((runtime) => {
      const runs = results.filter((r) => r.n === n && r.runtime.version === runtime.version)
      return {
        runtime,
        msPerPage: median(runs.map((r) => r.msPerPage)),
        queryMs: median(runs.map((r) => r.articleQueryMs)),
        queryMeanMs: median(runs.map((r) => r.articleQueryMeanMs)),
        seedPlain: median(runs.map((r) => r.seed.plainMs)),
        seedContext: median(runs.map((r) => r.seed.inContextMs)),
        synthPlain: median(runs.map((r) => r.synthetic.plainMs)),
        synthContext: median(runs.map((r) => r.synthetic.inContextMs)),
        calls: runs[0]?.articleQueries ?? 0,
        rounds: runs.length,
      }
    })
    for (const r of byRuntime) {
      rows.push([
        n,
        `${r.runtime.version} (${r.runtime.label})`,
        r.rounds,
        fmt.ms(r.msPerPage),
        fmt.ms(r.queryMs),
        fmt.ms(r.queryMeanMs),
        r.calls,
        `${fmt.ms(r.seedPlain)} / ${fmt.ms(r.seedContext)} (${fmt.ratio(r.seedContext / r.seedPlain)})`,
        `${fmt.ms(r.synthPlain)} / ${fmt.ms(r.synthContext)} (${fmt.ratio(r.synthContext / r.synthPlain)})`,
      ])
    }
    const [before, after] = byRuntime as [(typeof byRuntime)[number], (typeof byRuntime)[number]]
    ratios.push(
      `- N=${n}: Node ${after.runtime.version} against ${before.runtime.version}: build ms/page ` +
        `${fmt.ratio(after.msPerPage / before.msPerPage)}, getArticle in build workers ${fmt.ratio(after.queryMs / before.queryMs)}, ` +
        `getArticle alone in an AsyncLocalStorage context: seed article ${fmt.ratio(after.seedContext / before.seedContext)}, ` +
        `synthetic ${fmt.ratio(after.synthContext / before.synthContext)}`,
    )
  }
  return `The portal's own build, once per runtime per round, interleaved; medians over the rounds. getArticle is
timed around the embedded store's query inside Next's static-generation workers (\`EMBEDDED_QUERY_TIMINGS\`).
The median is the steady state; the mean also carries each worker's first call, which parses the query and
builds the dataset's indexes. The wall time in workers also counts whatever else the worker rendered while the
query's promises were pending, so the last two columns time getArticle alone in a child process on each runtime
(mean over about 1.5 s of calls), plainly and inside an AsyncLocalStorage context as Next's workers have: the
"tax" is in-context over plain.

${table(
  [
    'N',
    'Node',
    'rounds',
    'build ms/page',
    'getArticle median ms/call (workers)',
    'mean (incl. first call)',
    'getArticle calls',
    'seed article alone: plain / in context ms (tax)',
    'synthetic alone: plain / in context ms (tax)',
  ],
  rows,
)}

${ratios.join('\n')}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = sizesFromArgs(process.argv.includes('--quick') || arg('sizes') ? process.argv : ['--quick'])
  writeSection(
    'node-runtimes',
    'Node.js runtimes: the machine’s Node against the project’s',
    nodeRuntimesReport(await runNodeRuntimes(sizes)),
  )
}
