/**
 * Site search at N articles, in Chromium against `next start` on the portal's
 * build (bench/build.ts keeps it with --keep; this builds it when missing):
 *   - bytes: everything the browser fetches from /pagefind/ (Pagefind's script,
 *     WebAssembly, entry, metadata, the index chunks and fragments a query
 *     needs) from opening /search with an empty cache until a query's results
 *     are on screen, as transferred (CDP's encodedDataLength), and again on a
 *     return visit: the same browser opening /search anew for the same query;
 *   - keystroke → results: with the library loaded, the time from the last
 *     key of a query (typed key by key) until the result count for it is in
 *     the status line, read in the page with performance.now();
 *   - the index: its files and bytes on disk, and its build time against the
 *     site build's (from the same run of bench/build.ts, when there is one).
 *   npx tsx bench/search.ts [--sizes=10000] [--dist=<build folder>]   default N = 10 000 (the largest of --sizes)
 * --dist takes another build of an N-article dataset with its index (the publish benchmark's, once
 * `npm run search:index` has indexed it), instead of bench/build.ts's.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page, type Request } from '@playwright/test'
import { portalDist, runBuilds } from './build'
import { ensureDataset } from './lib/datasets'
import { median } from './lib/median'
import { startPortal } from './lib/portal-server'
import { fmt, sizesFromArgs, table, writeSection } from './lib/results'

const PORT = 3360
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking']
/** A common symptom word (matches most articles), a rarer pair, and (added per dataset) one article's own title. */
const QUERIES = ['stiffness', 'tendon strain']
const KEYSTROKE_ROUNDS = 5
/** Between keys when typing at a steady pace (about 70 words a minute). */
const TYPING_DELAY_MS = 170
const SEARCH_LABEL = 'Search for a condition, symptom or treatment'

export interface QueryFigures {
  query: string
  results: number
  /** /pagefind/ bytes transferred from opening the page (cold cache) to this query's results. */
  coldBytes: number
  /** Of those, what the query itself needed once the library had loaded. */
  queryBytes: number
  /** The same from an empty cache, the query typed key by key at a steady pace (each prefix searched). */
  typedBytes: number
  /** The query entered at once on /search opened again in the same browser, its HTTP cache kept: a return visit. */
  returnBytes: number
  requests: number
  /** The query entered at once, first time (it fetches the index chunks and fragments it needs), ms. */
  firstKeystrokeMs: number
  /** Typed key by key, from its last key (chunks and fragments cached): median of the rounds, ms. */
  keystrokeMs: number
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

/**
 * What Chromium's Resource Timing says the page received for `url` (headers and body), for a response whose body
 * Playwright does not size: the script of a web worker (Pagefind's pagefind-worker.js) comes back as 0 bytes.
 */
async function timedTransfer(request: Request): Promise<number> {
  const page = request.frame().page()
  if (!page) return 0
  return page.evaluate(
    (url) => (performance.getEntriesByName(url, 'resource')[0] as PerformanceResourceTiming | undefined)?.transferSize ?? 0,
    request.url(),
  )
}

/** Bytes transferred (headers and body as sent) for /pagefind/ requests of the context, counted as they finish. */
function transferCounter(context: BrowserContext) {
  let bytes = 0
  let requests = 0
  const pending: Promise<void>[] = []
  context.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return
    pending.push(
      request.sizes().then(async (sizes) => {
        bytes += sizes.responseBodySize > 0 ? sizes.responseBodySize + sizes.responseHeadersSize : await timedTransfer(request)
        requests++
      }),
    )
  })
  return {
    read: async () => {
      await Promise.all(pending)
      return { bytes, requests }
    },
  }
}

/**
 * Enters `query` (all at once, as a paste or the header's search box gives it, or key by key with `delay` ms
 * between keys) and resolves with the ms from its last input event to the status line naming its results.
 */
async function timedQuery(page: Page, query: string, typing: { keyByKey: boolean; delay?: number }): Promise<{ ms: number; results: number }> {
  const box = page.getByLabel(SEARCH_LABEL)
  await box.fill('')
  await page.getByRole('status').filter({ hasText: /^$/ }).waitFor()
  await box.evaluate((input, expected) => {
    const w = window as unknown as { __lastKey?: number; __shown?: Promise<number> }
    input.addEventListener('input', () => (w.__lastKey = performance.now()))
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
  if (typing.keyByKey) await box.pressSequentially(query, { delay: typing.delay ?? 0 })
  else await box.fill(query)
  const ms = await page.evaluate(async () => {
    const w = window as unknown as { __lastKey: number; __shown: Promise<number> }
    return (await w.__shown) - w.__lastKey
  })
  const text = (await page.getByRole('status').textContent()) ?? ''
  return { ms, results: Number(/^(\d+)/.exec(text)?.[1] ?? 0) }
}

/** A page of `context` on /search, once Pagefind has loaded. */
async function searchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${origin}/search`)
  // The region filter is enabled once the library is loaded.
  await page.waitForFunction(() => (document.querySelector('select') as HTMLSelectElement | null)?.disabled === false)
  return page
}

/** A fresh browser (empty cache) on /search, once Pagefind has loaded. */
async function openSearch(origin: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const counter = transferCounter(context)
  const page = await searchPage(context, origin)
  return { browser, context, page, counter, loaded: await counter.read() }
}

async function measureQuery(origin: string, query: string): Promise<QueryFigures> {
  const whole = await openSearch(origin)
  let figures: Omit<QueryFigures, 'typedBytes'>
  try {
    const { context, page, counter, loaded } = whole
    const first = await timedQuery(page, query, { keyByKey: false })
    await page.waitForLoadState('networkidle')
    const cold = await counter.read()
    const times: number[] = []
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++) times.push((await timedQuery(page, query, { keyByKey: true })).ms)
    // A return visit: the page closed (and with it Pagefind's own copies), the browser's cache kept.
    const beforeReturn = await counter.read()
    await page.close()
    const again = await searchPage(context, origin)
    await timedQuery(again, query, { keyByKey: false })
    await again.waitForLoadState('networkidle')
    figures = {
      query,
      results: first.results,
      coldBytes: cold.bytes,
      queryBytes: cold.bytes - loaded.bytes,
      requests: cold.requests,
      firstKeystrokeMs: first.ms,
      keystrokeMs: median(times),
      returnBytes: (await counter.read()).bytes - beforeReturn.bytes,
    }
  } finally {
    await whole.browser.close()
  }
  // A reader typing at a steady pace: every prefix is searched on the way, and fetches what it needs.
  const typed = await openSearch(origin)
  try {
    await timedQuery(typed.page, query, { keyByKey: true, delay: TYPING_DELAY_MS })
    await typed.page.waitForLoadState('networkidle')
    return { ...figures, typedBytes: (await typed.counter.read()).bytes }
  } finally {
    await typed.browser.close()
  }
}

/** The title (before its colon) of the dataset's middle article: a reader looking for one condition by name. */
function middleTitle(n: number): string {
  const titles = readFileSync(ensureDataset(n), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"_type":"article"'))
    .map((line) => (JSON.parse(line) as { title: string }).title)
  return (titles[Math.floor(titles.length / 2)] ?? '').split(':')[0]!.trim().toLowerCase()
}

export async function runSearch(n: number, dist = portalDist(n)): Promise<SearchFigures> {
  const indexDir = path.join(dist, 'pagefind')
  if (!existsSync(indexDir)) {
    if (dist !== portalDist(n)) throw new Error(`${dist} has no search index: run npm run search:index with NEXT_DIST_DIR set to it`)
    await runBuilds([n], { keepAll: true })
  }
  const { files, bytes } = dirStats(indexDir)
  ensureDataset(n)
  const server = await startPortal(n, PORT, dist)
  try {
    const queries: QueryFigures[] = []
    for (const query of [...QUERIES, middleTitle(n)]) {
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
    fmt.kb(q.typedBytes),
    fmt.kb(q.returnBytes),
    fmt.ms(q.firstKeystrokeMs),
    fmt.ms(q.keystrokeMs),
    `${fmt.pass(q.coldBytes <= 100 * 1024)} / ${fmt.pass(Math.max(q.firstKeystrokeMs, q.keystrokeMs) <= 100)}`,
  ])
  return `The portal's N=${n} build (Pagefind index: ${indexFiles} files, ${fmt.mb(indexBytes)} MB on disk), \`next start\` on
127.0.0.1, Chromium (Debian's, headless) with an empty cache for each query. "Bytes" is everything fetched from
\`/pagefind/\` from opening /search until the query's results are on screen, as transferred, for the query entered
at once (a paste, or the header's search box): Pagefind's script (and its web worker's, where it runs in one) and
WebAssembly, its entry and metadata (and filters, where it loads them to list the regions), then the index chunks
and the result fragments the query needs for the results shown first ("of which the query" is that last part).
"Typed" is the same with the query typed key by key at a steady pace (${TYPING_DELAY_MS} ms a key), each prefix
searched on the way. "Return visit" is the query entered at once on /search opened again in the same browser,
its HTTP cache kept (moments later: within any max-age the bundle is sent with). "Keystroke → results" is from the last input event to the result count for the query in the
status line: first time entered at once (it fetches what it needs), then typed key by key with everything cached
(median of ${KEYSTROKE_ROUNDS}). Targets: ≤ 100 KB per query including the library, ≤ 100 ms keystroke → results. The index
build against the site build is in the build section.

${table(['query', 'results', 'bytes (KB)', 'of which the query (KB)', 'requests', 'typed (KB)', 'return visit (KB)', 'keystroke → results, first (ms)', 'typed, cached (ms)', '≤ 100 KB / ≤ 100 ms'], rows)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Math.max(...sizesFromArgs(process.argv.some((a) => a.startsWith('--sizes=')) ? process.argv : ['--sizes=10000']))
  const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length)
  writeSection('search', `Search at N = ${n}: bytes and keystroke → results`, searchReport(await runSearch(n, dist && path.resolve(dist))))
}
