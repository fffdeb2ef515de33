/**
 * Site search at N articles, in Chromium against `next start` on the portal's
 * build (bench/build.ts keeps it with --keep; this builds it when missing):
 *   - bytes: everything the browser fetches from /pagefind/ (Pagefind's script,
 *     WebAssembly, entry, metadata, the index chunks and fragments a query
 *     needs) from opening /search with an empty cache until a query's results
 *     are on screen, as transferred (CDP's encodedDataLength);
 *   - keystroke → results: with the library loaded, the time from the last
 *     key of a query (typed key by key) until the result count for it is in
 *     the status line, read in the page with performance.now();
 *   - the index: its files and bytes on disk, and its build time against the
 *     site build's (from the same run of bench/build.ts, when there is one).
 *   npx tsx bench/search.ts [--sizes=10000]   default N = 10 000 (the largest of --sizes)
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { portalDist, runBuilds } from './build'
import { median } from './lib/median'
import { startPortal } from './lib/portal-server'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'

const PORT = 3360
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
/** A common symptom word (matches most articles), a rarer pair, and a condition's own name. */
const QUERIES = ['stiffness', 'tendon strain', 'synthetic condition 00042']
const KEYSTROKE_ROUNDS = 5
const SEARCH_LABEL = 'Search for a condition, symptom or treatment'

export interface QueryFigures {
  query: string
  results: number
  /** /pagefind/ bytes transferred from opening the page (cold cache) to this query's results. */
  coldBytes: number
  /** Of those, what the query itself needed once the library had loaded. */
  queryBytes: number
  requests: number
  /** Median over the rounds, ms. */
  keystrokeMs: number
  keystrokeMaxMs: number
}

export interface SearchFigures {
  n: number
  indexFiles: number
  indexBytes: number
  queries: QueryFigures[]
}

function dirStats(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return { files, bytes }
}

/** Bytes transferred for /pagefind/ requests, counted as they finish. */
async function transferCounter(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  const urls = new Map<string, string>()
  let bytes = 0
  let requests = 0
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url))
  cdp.on('Network.loadingFinished', (event) => {
    if (!urls.get(event.requestId)?.includes('/pagefind/')) return
    bytes += event.encodedDataLength
    requests++
  })
  return { read: () => ({ bytes, requests }) }
}

/** Types `query` key by key and resolves with the ms from its last key to the status line naming its results. */
async function timedQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const box = page.getByLabel(SEARCH_LABEL)
  await box.fill('')
  await page.getByRole('status').filter({ hasText: /^$/ }).waitFor()
  await box.evaluate((input, expected) => {
    const w = window as unknown as { __lastKey?: number; __shown?: Promise<number> }
    input.addEventListener('keydown', () => (w.__lastKey = performance.now()))
    const status = document.querySelector('.site-search__status')!
    w.__shown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.textContent?.includes(`for “${expected}”`)) {
          observer.disconnect()
          resolve(performance.now())
        }
      })
      observer.observe(status, { childList: true, characterData: true, subtree: true })
    })
  }, query)
  await box.pressSequentially(query)
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { __lastKey: number; __shown: Promise<number> }
    return (await w.__shown) - w.__lastKey
  })
  const text = (await page.getByRole('status').textContent()) ?? ''
  return { ms, results: Number(/^(\d+)/.exec(text)?.[1] ?? 0) }
}

async function measureQuery(origin: string, query: string): Promise<QueryFigures> {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS })
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    const counter = await transferCounter(page)
    await page.goto(`${origin}/search`)
    // The region filter is enabled once Pagefind has loaded and read its filters.
    await page.getByLabel('Body region').waitFor()
    await page.waitForFunction(() => !(document.querySelector('select') as HTMLSelectElement | null)?.disabled)
    const loaded = counter.read()
    const first = await timedQuery(page, query)
    const cold = counter.read()
    const times = [first.ms]
    for (let round = 1; round < KEYSTROKE_ROUNDS; round++) times.push((await timedQuery(page, query)).ms)
    return {
      query,
      results: first.results,
      coldBytes: cold.bytes,
      queryBytes: cold.bytes - loaded.bytes,
      requests: cold.requests,
      keystrokeMs: median(times.slice(1)),
      keystrokeMaxMs: Math.max(...times),
    }
  } finally {
    await browser.close()
  }
}

export async function runSearch(n: number): Promise<SearchFigures> {
  const indexDir = path.join(portalDist(n), 'pagefind')
  if (!existsSync(indexDir)) await runBuilds([n], { keepAll: true })
  const { files, bytes } = dirStats(indexDir)
  const server = await startPortal(n, PORT)
  try {
    const queries: QueryFigures[] = []
    for (const query of QUERIES) {
      const figures = await measureQuery(server.origin, query)
      console.log(`search N=${n} "${query}": ${figures.results} results, ${fmt.kb(figures.coldBytes)} KB, ${fmt.ms(figures.keystrokeMs)} ms`)
      queries.push(figures)
    }
    return { n, indexFiles: files, indexBytes: bytes, queries }
  } finally {
    await server.stop()
  }
}

export function searchReport({ n, indexFiles, indexBytes, queries }: SearchFigures): string {
  const rows = queries.map((q) => [
    `“${q.query}”`,
    q.results,
    fmt.kb(q.coldBytes),
    `${fmt.kb(q.queryBytes)}`,
    q.requests,
    `${fmt.ms(q.keystrokeMs)} (max ${fmt.ms(q.keystrokeMaxMs)})`,
    `${fmt.pass(q.coldBytes <= 100 * 1024)} / ${fmt.pass(q.keystrokeMs <= 100)}`,
  ])
  return `The portal's N=${n} build (Pagefind index: ${indexFiles} files, ${fmt.mb(indexBytes)} MB on disk), \`next start\` on
127.0.0.1, Chromium (Debian's, headless) with an empty cache for each query. "Bytes" is everything fetched from
\`/pagefind/\` from opening /search until the query's results are on screen, as transferred: Pagefind's script and
WebAssembly, its entry and metadata, then the index chunks and fragments the query needs ("of which the query" is
that last part). "Keystroke → results" is from the query's last key, typed key by key once the library has loaded,
to the result count for it in the status line: median of ${KEYSTROKE_ROUNDS - 1} repeats after the first (max over all
${KEYSTROKE_ROUNDS}). Targets: ≤ 100 KB per query including the library, ≤ 100 ms keystroke → results. The index
build against the site build is in the build section.

${table(['query', 'results', 'bytes (KB)', 'of which the query (KB)', 'requests', 'keystroke → results (ms)', '≤ 100 KB / ≤ 100 ms'], rows)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Math.max(...sizesFromArgs(process.argv.some((a) => a.startsWith('--sizes=')) ? process.argv : ['--sizes=10000']))
  writeSection('search', `Search at N = ${n}: bytes and keystroke → results`, searchReport(await runSearch(n)))
}
