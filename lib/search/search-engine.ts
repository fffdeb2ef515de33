import 'server-only'
import { access, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { excerptParts } from './excerpt'
import { searchIndexDir } from './index-location'
import { SEARCH_PAGE_SIZE, type SearchAnswer, type SearchHit, type SearchQuery } from './search-api'

/**
 * Site search, answered on the server by Pagefind's own search engine (its
 * script and WebAssembly, from the bundle `npm run build` writes) over the
 * index on disk. A reader's browser fetches one JSON answer per query (about
 * 2 KB) instead of Pagefind's library, WebAssembly, metadata and index
 * chunks, which came to 175 KB for a first query at 10 000 articles when
 * Pagefind ran in the browser (bench/RESULTS.md, "Search"). The results,
 * their order, excerpts and region filter are Pagefind's, as they were there.
 */

/** The part of Pagefind's API this module uses (pagefind.js in the bundle). */
interface Pagefind {
  options(options: { basePath: string; baseUrl: string; excerptLength: number }): Promise<void>
  init(): Promise<void>
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>
}
interface PagefindResult {
  id: string
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>
}

/** Words of the article an excerpt quotes around the matches. */
const EXCERPT_WORDS = 24
/** Pagefind fetches each file by basePath + name (+ "?ts=…" for its entry): this prefix marks the bundle's files. */
const BUNDLE = 'pagefind-bundle:/'

/** Pagefind could not be loaded or could not search: the index is missing, unreadable or of another version. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError'
}

/** Only plain relative names under the bundle: Pagefind asks for "index/en-GB_1a2b.pf_index" and the like. */
const SAFE_NAME = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}\/){0,2}[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/

/**
 * The `fetch` Pagefind is given: it reads the bundle's files from `dir` and
 * nothing else. A URL without the bundle's prefix, or a name that is not a
 * plain file of the bundle ("..", separators, anything encoded), is a 404
 * without touching the disk.
 */
export function bundleFetch(dir: string): (input: unknown) => Promise<Response> {
  return async (input) => {
    const url = String(input)
    if (!url.startsWith(BUNDLE)) return new Response(null, { status: 404 })
    const name = url.slice(BUNDLE.length).split('?')[0] ?? ''
    if (!SAFE_NAME.test(name) || name.split('/').includes('..')) return new Response(null, { status: 404 })
    try {
      return new Response(new Uint8Array(await readFile(path.join(dir, name))))
    } catch {
      return new Response(null, { status: 404 })
    }
  }
}

/**
 * pagefind.js is an ES module written for browsers that also runs outside one
 * (it checks for `window` and then starts no worker). It is evaluated here as
 * a function with its own `fetch` (bundleFetch), so nothing is fetched over
 * the network and the process's global fetch is left alone. The two things a
 * function body cannot hold are rewritten: `import.meta.url` (used only to
 * guess the bundle's address, which the options give) and the closing
 * `export{…}`, which becomes the return value.
 */
export function evaluatePagefind(source: string, fetch: (input: unknown) => Promise<Response>): Pagefind {
  const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(source)
  if (!exported) throw new SearchUnavailableError('pagefind.js does not end in the export list this loader expects')
  const body = `${source.slice(0, exported.index).replaceAll('import.meta.url', 'undefined')};return {${exported[1]}}`
  return new Function('fetch', body)(fetch) as Pagefind
}

/**
 * The files Pagefind loads before it can search: its entry, and the metadata and WebAssembly the entry names.
 * Checked first, because Pagefind reports a file it cannot load from a promise nobody awaits (an unhandled
 * rejection in the server's log) as well as by failing the search.
 */
async function checkBundle(dir: string): Promise<string> {
  const where = `the search index in ${dir}`
  let entry: { languages?: Record<string, { hash?: string; wasm?: string }> }
  let source: string
  try {
    source = await readFile(path.join(dir, 'pagefind.js'), 'utf8')
    entry = JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as typeof entry
  } catch {
    throw new SearchUnavailableError(`No search index in ${dir}: run npm run build (it runs npm run search:index)`)
  }
  const languages = Object.values(entry.languages ?? {})
  if (languages.length === 0) throw new SearchUnavailableError(`${where} names no language`)
  for (const { hash, wasm } of languages) {
    for (const file of [`pagefind.${hash}.pf_meta`, `wasm.${wasm}.pagefind`]) {
      try {
        await access(path.join(dir, file))
      } catch {
        throw new SearchUnavailableError(`${where} lacks ${file}: run npm run search:index again`)
      }
    }
  }
  return source
}

/** Loads Pagefind over the index in `dir` and waits until it can search (its metadata and WebAssembly are in). */
async function loadPagefind(dir: string): Promise<Pagefind> {
  const pagefind = evaluatePagefind(await checkBundle(dir), bundleFetch(dir))
  await pagefind.options({ basePath: BUNDLE, baseUrl: '/', excerptLength: EXCERPT_WORDS })
  await pagefind.init()
  // init() only starts loading; an empty search resolves once the metadata and WebAssembly are in, and throws
  // if they cannot load.
  try {
    await pagefind.search('')
  } catch (error) {
    throw new SearchUnavailableError(`The search index in ${dir} could not be loaded: ${(error as Error).message}`)
  }
  return pagefind
}

export interface SearchEngine {
  search(query: SearchQuery): Promise<SearchAnswer>
  /**
   * Puts the index written in `from` in the engine's folder, in place of the one there, between two searches:
   * the next search loads it. `from` must be on the same file system (a sibling folder).
   */
  replaceIndex(from: string): Promise<void>
}

/**
 * Results read before the engine loads Pagefind afresh. Pagefind keeps every page of the index it has read in
 * memory for good, which suits one reader's browser; a server that runs for weeks would end up holding the
 * whole index (about 40 MB of heap at 10 000 articles, measured by reading every page; ten times that at
 * 100 000). Loading again costs one search about 0.15 s at 10 000 articles.
 */
const RESULTS_BEFORE_RELOAD = 20_000

/**
 * A search engine over the Pagefind index in `dir`, loaded on its first search (and again if that failed, or
 * after `resultsBeforeReload` results, see RESULTS_BEFORE_RELOAD).
 * Searches run one at a time: Pagefind keeps one object per page of the index and writes each search's excerpt
 * and match positions onto it, so two searches at once that find the same page could each read the other's
 * marks (written for one reader's browser, where there is only ever one). A search takes milliseconds
 * (bench/RESULTS.md, "Search").
 */
export function createSearchEngine(dir: string, { resultsBeforeReload = RESULTS_BEFORE_RELOAD } = {}): SearchEngine {
  let loading: Promise<Pagefind> | null = null
  let resultsRead = 0
  /** The next search loads Pagefind afresh. */
  const unload = () => {
    loading = null
    resultsRead = 0
  }
  const pagefind = () => {
    if (resultsRead >= resultsBeforeReload) unload()
    loading ??= loadPagefind(dir).catch((error: unknown) => {
      loading = null
      throw error
    })
    return loading
  }
  let previous: Promise<unknown> = Promise.resolve()
  const oneAtATime = <T>(run: () => Promise<T>): Promise<T> => {
    const turn = previous.then(run, run)
    previous = turn.catch(() => undefined)
    return turn
  }
  return {
    search: ({ term, region, page }) =>
      oneAtATime(async () => {
        const engine = await pagefind()
        const found = await engine.search(term, region ? { filters: { region } } : {})
        const results = found?.results ?? []
        const start = (page - 1) * SEARCH_PAGE_SIZE
        const shown = await Promise.all(results.slice(start, start + SEARCH_PAGE_SIZE).map((result) => result.data()))
        resultsRead += shown.length
        // Read while this search has its turn: the next one rewrites the same page objects.
        const hits: SearchHit[] = shown.map(({ url, excerpt, meta }) => ({
          url,
          title: meta.title ?? url,
          region: meta.region ?? '',
          excerpt: excerptParts(excerpt),
        }))
        return { term, region, page, pageSize: SEARCH_PAGE_SIZE, total: results.length, hits }
      }),
    replaceIndex: (from) =>
      oneAtATime(async () => {
        const old = `${dir}.old`
        await rm(old, { recursive: true, force: true })
        await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
        try {
          await rename(from, dir)
        } catch (error) {
          await rename(old, dir).catch(() => undefined)
          throw error
        }
        unload()
        await rm(old, { recursive: true, force: true })
      }),
  }
}

let shared: SearchEngine | null = null

/** The engine over this build's index (lib/search/index-location.ts), one per server process. */
export function getSearchEngine(): SearchEngine {
  shared ??= createSearchEngine(searchIndexDir())
  return shared
}
