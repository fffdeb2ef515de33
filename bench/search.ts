/**
 * Site search at N articles, in Chromium against `next start` on the portal's
 * build (bench/build.ts keeps it with --keep; this builds it when missing).
 * Search runs on the server (app/api/search): each query is one JSON answer.
 *   - bytes, as transferred (headers and bodies): opening /search from
 *     another page of the site (its shared scripts and styles already in the
 *     browser's cache, as for a reader who uses the header's search box) and
 *     entering a query until its results are on screen; the same from an
 *     empty cache (the whole page and framework too); the query typed key by
 *     key at a steady pace; and a return visit (the same browser, /search
 *     opened anew, the same query);
 *   - keystroke → results: the time from the last key of a query until the
 *     result count for it is in the status line, read in the page with
 *     performance.now();
 *   - the index: its files and bytes on disk, and its build time against the
 *     site build's (from the same run of bench/build.ts, when there is one);
 *     and the server's first search, which loads Pagefind and the index.
 *   npx tsx bench/search.ts [--sizes=10000] [--dist=<build folder>]   default N = 10 000 (the largest of --sizes)
 * --dist takes another build of an N-article dataset with its index (the publish benchmark's, once
 * `npm run search:index` has indexed it), instead of bench/build.ts's.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { searchApiUrl } from '../lib/search/search-api'
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
  /** Opening /search from another page of the site and entering the query, until its results are shown. */
  fromSiteBytes: number
  /** Of those, the search API's answers. */
  answerBytes: number
  /** The same from an empty cache: the page with every script and style, and the answer. */
  coldBytes: number
  /** Search API answers fetched with the query typed key by key at a steady pace, and how many there were. */
  typedBytes: number
  typedAnswers: number
  /** The query entered at once on /search opened again in the same browser, its HTTP cache kept: a return visit. */
  returnBytes: number
  /** The query entered at once, first time (the server searches), ms. */
  firstKeystrokeMs: number
  /** Typed key by key, from its last key (the answer in the browser's cache): median of the rounds, ms. */
  keystrokeMs: number
}

export interface SearchFigures {
  n: number
  indexFiles: number
  indexBytes: number
  /** The server's first search after it starts: it loads Pagefind's WebAssembly and the index metadata. */
  firstServerSearchMs: number
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

const isAnswer = (url: string) => new URL(url).pathname === '/api/search'

/** Bytes transferred (headers and body as sent) by the context's requests, counted as they finish. */
function transferCounter(context: BrowserContext) {
  let bytes = 0
  let answerBytes = 0
  let answers = 0
  const pending: Promise<void>[] = []
  context.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        // A response from the browser's cache has no headers or body on the wire.
        const sent = sizes.responseBodySize + sizes.responseHeadersSize
        bytes += sent
        if (!isAnswer(request.url())) return
        answerBytes += sent
        answers++
      }),
    )
  })
  return {
    read: async () => {
      await Promise.all(pending)
      return { bytes, answerBytes, answers }
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

/** A page of `context` on /search, once its script runs (the region filter is enabled then). */
async function searchPage(context: BrowserContext, origin: string, from?: string): Promise<Page> {
  const page = await context.newPage()
  if (from) {
    await page.goto(`${origin}${from}`)
    await page.waitForLoadState('networkidle')
  }
  await page.goto(`${origin}/search`)
  await page.waitForFunction(() => (document.querySelector('select') as HTMLSelectElement | null)?.disabled === false)
  return page
}

/** A fresh browser (empty cache). */
async function freshBrowser() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS })
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  return { browser, context, counter: transferCounter(context) }
}

async function measureQuery(origin: string, query: string): Promise<QueryFigures> {
  const visit = await freshBrowser()
  let figures: Omit<QueryFigures, 'typedBytes' | 'typedAnswers' | 'coldBytes'>
  try {
    const { context, counter } = visit
    // A reader on the home page who then opens search: the site's shared scripts and styles are cached.
    const home = await context.newPage()
    await home.goto(`${origin}/`)
    await home.waitForLoadState('networkidle')
    const onHome = await counter.read()
    const page = await searchPage(context, origin)
    await home.close()
    const first = await timedQuery(page, query, { keyByKey: false })
    await page.waitForLoadState('networkidle')
    const shown = await counter.read()
    const times: number[] = []
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++) times.push((await timedQuery(page, query, { keyByKey: true })).ms)
    // A return visit: the page closed, the browser's cache kept.
    const beforeReturn = await counter.read()
    await page.close()
    const again = await searchPage(context, origin)
    await timedQuery(again, query, { keyByKey: false })
    await again.waitForLoadState('networkidle')
    figures = {
      query,
      results: first.results,
      fromSiteBytes: shown.bytes - onHome.bytes,
      answerBytes: shown.answerBytes - onHome.answerBytes,
      firstKeystrokeMs: first.ms,
      keystrokeMs: median(times),
      returnBytes: (await counter.read()).answerBytes - beforeReturn.answerBytes,
    }
  } finally {
    await visit.browser.close()
  }
  // Straight to /search with an empty cache: everything the page needs, then the answer.
  const cold = await freshBrowser()
  let coldBytes: number
  try {
    const page = await searchPage(cold.context, origin)
    await timedQuery(page, query, { keyByKey: false })
    await page.waitForLoadState('networkidle')
    coldBytes = (await cold.counter.read()).bytes
  } finally {
    await cold.browser.close()
  }
  // A reader typing at a steady pace: the query is searched when they pause, and at the end.
  const typed = await freshBrowser()
  try {
    const page = await searchPage(typed.context, origin)
    const before = await typed.counter.read()
    await timedQuery(page, query, { keyByKey: true, delay: TYPING_DELAY_MS })
    await page.waitForLoadState('networkidle')
    const after = await typed.counter.read()
    return { ...figures, coldBytes, typedBytes: after.answerBytes - before.answerBytes, typedAnswers: after.answers - before.answers }
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
    // The server's first search loads Pagefind and the index: timed once, then every query meets a loaded engine.
    const started = performance.now()
    const warm = await fetch(`${server.origin}${searchApiUrl({ term: 'pain', region: '', page: 1 })}`)
    if (!warm.ok) throw new Error(`the search API answered ${warm.status}: ${await warm.text()}`)
    await warm.arrayBuffer()
    const firstServerSearchMs = performance.now() - started
    const queries: QueryFigures[] = []
    for (const query of [...QUERIES, middleTitle(n)]) {
      const figures = await measureQuery(server.origin, query)
      console.log(`search N=${n} "${query}": ${figures.results} results, ${fmt.kb(figures.fromSiteBytes)} KB, ${fmt.ms(figures.keystrokeMs)} ms`)
      queries.push(figures)
    }
    return { n, indexFiles: files, indexBytes: bytes, firstServerSearchMs, queries }
  } finally {
    await server.stop()
  }
}

export function searchReport({ n, indexFiles, indexBytes, firstServerSearchMs, queries }: SearchFigures): string {
  const rows = queries.map((q) => [
    `“${q.query}”`,
    q.results,
    fmt.kb(q.fromSiteBytes),
    fmt.kb(q.answerBytes),
    fmt.kb(q.coldBytes),
    `${fmt.kb(q.typedBytes)} (${q.typedAnswers})`,
    fmt.kb(q.returnBytes),
    fmt.ms(q.firstKeystrokeMs),
    fmt.ms(q.keystrokeMs),
    `${fmt.pass(q.fromSiteBytes <= 100 * 1024)} / ${fmt.pass(Math.max(q.firstKeystrokeMs, q.keystrokeMs) <= 100)}`,
  ])
  return `The portal's N=${n} build (Pagefind index: ${indexFiles} files, ${fmt.mb(indexBytes)} MB on disk), \`next start\` on
127.0.0.1, Chromium (Debian's, headless), a fresh browser for each query. Search runs on the server: the page sends
the query to \`/api/search\`, which searches the index with Pagefind's own engine and answers ten results as JSON,
so the browser loads no search library and no index. Bytes are as transferred (headers and bodies). "Search, from
the site" is what a reader on the home page pays to open /search and see a query's results: the search page's
document, the scripts only it uses, and the answer ("of which the answer"); the site's shared scripts and styles
are already in the browser's cache. "Cold" is the same opened straight from an empty cache: the whole page with
the framework's scripts, which every page of the site loads. "Typed" is the answers fetched with the query typed
key by key at a steady pace (${TYPING_DELAY_MS} ms a key): searched once the reader pauses (how many answers in
brackets). "Return visit" is the answer's bytes on /search opened again in the same browser (the answer is kept
five minutes). "Keystroke → results" is from the last input event to the result count in the status line: first
time entered at once (the server searches), then typed key by key with the answer cached (median of
${KEYSTROKE_ROUNDS}). The server's first search after it starts loads Pagefind and the index metadata:
${fmt.ms(firstServerSearchMs)} ms, once per server process, outside the figures. Targets: ≤ 100 KB per query
including the library, ≤ 100 ms keystroke → results. The index build against the site build is in the build
section.

${table(['query', 'results', 'search, from the site (KB)', 'of which the answer (KB)', 'cold (KB)', 'typed (KB)', 'return visit (KB)', 'keystroke → results, first (ms)', 'typed, cached (ms)', '≤ 100 KB / ≤ 100 ms'], rows)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Math.max(...sizesFromArgs(process.argv.some((a) => a.startsWith('--sizes=')) ? process.argv : ['--sizes=10000']))
  const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length)
  writeSection('search', `Search at N = ${n}: bytes and keystroke → results`, searchReport(await runSearch(n, dist && path.resolve(dist))))
}
