/**
 * Publish → visible: on a generated dataset of N articles, three symptoms are
 * attached to exactly 1, 100 and 1 000 articles (disjoint). The site runs as
 * `npm start` does (scripts/start.ts: the local Content Lake over the same
 * dataset, its signed webhook wired to /api/revalidate). For each symptom,
 * its name is corrected through the lake's mutate API, and we measure
 *   - publish → visible: from the lake's acknowledgement (the webhook is sent
 *     after it) until a request for one dependent article shows the new name;
 *   - all dependents: the same until every dependent page, requested one after
 *     another, has shown it (each request regenerates its page first);
 *   - pages regenerated: every HTML page of the site is requested before and
 *     after, and its generation marker (`data-generated-at`) compared. It must
 *     be exactly the dependents: the articles, the symptom's hub pages and the
 *     symptoms A–Z index.
 *
 *   npx tsx bench/publish.ts [--sizes=N] [--reuse-build]     default N = 10 000 (the largest of --sizes)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { LISTING_PAGE_SIZE, pageCount } from '../lib/pagination'
import { ensureDataset, WORK_DIR } from './lib/datasets'
import { undoingNextTypeRewrites } from './lib/next-type-rewrites'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'
import { runMeasured } from './lib/run-measured'

const ROOT = process.cwd()
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
const USERS = [1, 100, 1000]
const PORT = 3350

type Doc = Record<string, unknown> & { _id: string; _type: string }

export interface PublishFigures {
  n: number
  users: number
  firstVisibleMs: number
  allVisibleMs: number
  /** Until the site search finds all K articles by the corrected name (its index is rewritten after a publish). */
  searchVisibleMs: number
  dependents: number
  regenerated: number
  /** Regenerated pages that are not dependents (must be none). */
  unexpected: string[]
  /** Dependents that kept their generation (must be none). */
  missed: string[]
}

const slugOf = (doc: Doc) => (doc.slug as { current: string }).current

/** The N-article dataset with three new symptoms, each listed by a disjoint run of articles. */
function publishDataset(n: number, users: number[]) {
  const docs = readFileSync(ensureDataset(n), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
  const articles = docs.filter((doc) => doc._type === 'article')
  const template = docs.find((doc) => doc._type === 'symptom')!
  let next = 0
  const symptoms = users.map((count) => {
    const id = `bench-symptom-${count}`
    const symptom: Doc = { ...template, _id: id, name: `Bench symptom ${count}`, slug: { _type: 'slug', current: id } }
    const listing = articles.slice(next, next + count)
    next += count
    for (const article of listing) {
      const items = (article.symptoms as { items: { symptom: { _ref: string } }[] }).items
      items[0] = { ...items[0]!, symptom: { ...items[0]!.symptom, _ref: id } }
    }
    return { symptom, listing }
  })
  if (next >= articles.length) throw new Error(`N = ${n} is too small for ${users.join(' + ')} dependent articles and an unrelated one`)
  const file = path.join(WORK_DIR, `publish-dataset-${n}.ndjson`)
  writeFileSync(file, [...docs, ...symptoms.map((s) => s.symptom)].map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return { file, symptoms }
}

/** Every prerendered HTML page of a build, as URL paths. */
function htmlPaths(dist: string): string[] {
  const root = path.join(dist, 'server', 'app')
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return walk(full)
      return entry.name.endsWith('.html') ? [full] : []
    })
  return walk(root)
    .map((file) => '/' + path.relative(root, file).replace(/\.html$/, ''))
    .map((p) => (p === '/index' ? '/' : p))
    .filter((p) => !/^\/(_not-found|_global-error|studio|search)/.test(p))
}

/**
 * The page's generation marker, read from the start of its HTML (it is on `<html>`); the rest is not read. Holding
 * a match of the whole text would keep every page's HTML alive (V8 slices strings): 20 000 pages ran out of heap.
 */
async function generation(origin: string, pathname: string): Promise<string> {
  const response = await fetch(origin + pathname)
  const reader = response.body!.getReader()
  let head = ''
  const decoder = new TextDecoder()
  while (head.length < 4096) {
    const { done, value } = await reader.read()
    if (done) break
    head += decoder.decode(value, { stream: true })
  }
  await reader.cancel()
  const marker = /data-generated-at="([^"]+)"/.exec(head)?.[1]
  return marker ? Buffer.from(marker).toString() : 'none'
}

async function generations(origin: string, paths: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>()
  // A few at a time: the machine has two cores, and this is bookkeeping, not the measurement.
  for (let i = 0; i < paths.length; i += 4) {
    const batch = paths.slice(i, i + 4)
    const markers = await Promise.all(batch.map((p) => generation(origin, p)))
    batch.forEach((p, j) => result.set(p, markers[j]!))
  }
  return result
}

function startSite(dataset: string, dist: string, lakeDir: string): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn('node', ['scripts/start.ts', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: path.relative(ROOT, dist),
      EMBEDDED_DATASET_PATH: dataset,
      CONTENT_LAKE_SEED: dataset,
      CONTENT_LAKE_DIR: lakeDir,
      CONTENT_LAKE_PORT: String(PORT + 1),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString()
    // The search index's rewrites, with how long each took, go to this run's output.
    for (const line of c.toString().split('\n')) if (line.startsWith('search: ')) console.log(`  site: ${line}`)
  })
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()))
  const origin = `http://127.0.0.1:${PORT}`
  return (async () => {
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${log}`)
      try {
        const res = await fetch(origin + '/', { signal: AbortSignal.timeout(2000) })
        await res.arrayBuffer()
        if (/at http:\/\//.test(log)) return { origin, child }
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200))
    }
    child.kill('SIGTERM')
    throw new Error(`the site did not answer on ${origin}:\n${log}`)
  })()
}

export async function runPublish(n: number): Promise<PublishFigures[]> {
  const users = USERS.filter((count, i) => USERS.slice(0, i + 1).reduce((a, b) => a + b, 0) < n)
  const { file, symptoms } = publishDataset(n, users)
  const dist = path.join(WORK_DIR, `publish-dist-${n}`)
  // --reuse-build: a build of this dataset left by an earlier run that stopped before publishing anything.
  if (!(process.argv.includes('--reuse-build') && existsSync(path.join(dist, 'BUILD_ID')))) {
    rmSync(dist, { recursive: true, force: true })
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: path.relative(ROOT, dist), EMBEDDED_DATASET_PATH: file }
    const built = await undoingNextTypeRewrites(path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'next-env.d.ts'), () =>
      runMeasured(['node', NEXT_BIN, 'build'], { cwd: ROOT, env }),
    )
    console.log(`publish N=${n}: built in ${(built.wallMs / 1000).toFixed(0)} s`)
  }
  const pages = htmlPaths(dist)
  const lakeDir = mkdtempSync(path.join(tmpdir(), 'health-portal-bench-lake-'))
  const { origin, child } = await startSite(file, dist, lakeDir)
  const lake = `http://127.0.0.1:${PORT + 1}`
  const results: PublishFigures[] = []
  try {
    // Next loads a route's code on its first request: without this, the first publish measured that too
    // (2 s against 0.1 to 1 s for the later ones at N = 2 000). An unsigned delivery loads it and is refused.
    const warm = await fetch(`${origin}/api/revalidate`, { method: 'POST', body: '{}' })
    if (warm.status !== 401) throw new Error(`an unsigned webhook got ${warm.status}, not 401`)
    // Nothing changes between one publish's "after" and the next one's "before": one pass of every page serves both.
    let before = await generations(origin, pages)
    for (const { symptom, listing } of symptoms) {
      const name = `Corrected symptom ${listing.length} ${Date.now()}`
      const articlePaths = listing.map((article) => `/articles/${slugOf(article)}`)
      const hubPaths = Array.from({ length: pageCount(listing.length, LISTING_PAGE_SIZE) }, (_, i) =>
        i === 0 ? `/symptoms/${slugOf(symptom)}` : `/symptoms/${slugOf(symptom)}/page/${i + 1}`,
      )
      const dependents = [...articlePaths, ...hubPaths, '/symptoms']

      const response = await fetch(`${lake}/v2025-02-19/data/mutate/production`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mutations: [{ patch: { id: symptom._id, set: { name } } }] }),
      })
      if (!response.ok) throw new Error(`the lake refused the mutation: ${response.status}`)
      const published = performance.now()
      const first = articlePaths[0]!
      for (;;) {
        if ((await (await fetch(origin + first)).text()).includes(name)) break
        if (performance.now() - published > 30_000) throw new Error(`${first} never showed the change`)
      }
      const firstVisibleMs = performance.now() - published
      for (const p of articlePaths.slice(1)) {
        const html = await (await fetch(origin + p)).text()
        if (!html.includes(name)) throw new Error(`${p} did not show the change on its first request after the publish`)
      }
      const allVisibleMs = performance.now() - published
      // The name's last word is a number no other text has: the search finds exactly the K articles once the
      // server has rewritten its index (a second after the publish, in the background).
      const stamp = name.split(' ').at(-1)!
      for (;;) {
        const answer = (await (await fetch(`${origin}/api/search?q=${stamp}`)).json()) as { total?: number }
        if (answer.total === listing.length) break
        if (performance.now() - published > 300_000) throw new Error(`search never found the ${listing.length} articles by the new name`)
        await new Promise((r) => setTimeout(r, 100))
      }
      const searchVisibleMs = performance.now() - published

      const after = await generations(origin, pages)
      const changed = pages.filter((p) => before.get(p) !== after.get(p))
      before = after
      const expected = new Set(dependents)
      results.push({
        n,
        users: listing.length,
        firstVisibleMs,
        allVisibleMs,
        searchVisibleMs,
        dependents: expected.size,
        regenerated: changed.length,
        unexpected: changed.filter((p) => !expected.has(p)),
        missed: dependents.filter((p) => !changed.includes(p) && pages.includes(p)),
      })
      console.log(
        `publish N=${n}, ${listing.length} users: visible after ${fmt.ms(firstVisibleMs)} ms, all after ${fmt.ms(allVisibleMs)} ms, ` +
          `search after ${fmt.ms(searchVisibleMs)} ms, ` +
          `${changed.length} pages regenerated of ${expected.size} dependents`,
      )
    }
  } finally {
    child.kill('SIGTERM')
    rmSync(lakeDir, { recursive: true, force: true })
  }
  return results
}

export function publishReport(results: PublishFigures[]): string {
  const n = results[0]?.n ?? 0
  return `Publish a correction to a symptom listed by K of N = ${n} articles, on the embedded default under \`npm start\`
(the local Content Lake's signed webhook → /api/revalidate → \`revalidateTag(id, { expire: 0 })\`). "Visible" is from
the lake's acknowledgement of the publish until one dependent article's next request shows it; "all" until every
dependent article, requested one after another, has (each request regenerates its page before answering). Pages
regenerated are counted over every HTML page of the site by its generation marker; dependents are the K articles,
the symptom's hub pages and the symptoms A–Z index. "Search" is until the site search finds all K articles by the
new name: the server rewrites its search index from the lake a second after the publish, in the background, while
the dependents above are being requested.

${table(
  ['K articles', 'publish → visible (ms)', 'all K visible (ms)', 'search finds all K (ms)', 'ms per dependent', 'dependents', 'regenerated', 'not dependents', 'missed'],
  results.map((r) => [
    r.users,
    fmt.ms(r.firstVisibleMs),
    fmt.ms(r.allVisibleMs),
    fmt.ms(r.searchVisibleMs),
    fmt.ms(r.allVisibleMs / r.users),
    r.dependents,
    r.regenerated,
    r.unexpected.length ? r.unexpected.slice(0, 5).join(', ') : 'none',
    r.missed.length ? r.missed.slice(0, 5).join(', ') : 'none',
  ]),
)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Math.max(...sizesFromArgs())
  writeSection('publish', 'Publish → visible: pages regenerated per published change', publishReport(await runPublish(n)))
}
