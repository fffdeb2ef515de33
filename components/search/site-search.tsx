'use client'

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { RegionOption } from '@/lib/search/regions'
import { TYPING_PAUSE_MS, enteredAtOnce } from '@/lib/search/typing'
import { SearchResults, type Hit } from './search-results'

/** The part of Pagefind's browser API this page uses (pagefind.js, served from the build). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean; metaCacheTag?: string }): Promise<void>
  init(): Promise<void>
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>
}
interface PagefindResult {
  id: string
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>
}

/** A search the reader asked for. A new object each time, so that asking again searches again. */
interface Request {
  term: string
  region: string
}

/** A search's answer: every result, how many of them have been asked for (a page at a time), and those that loaded. */
interface Found {
  request: Request
  results: PagefindResult[]
  asked: number
  /** The asked-for results whose fragment arrived, in order: fewer than `asked` when some could not be fetched. */
  hits: Hit[]
}

type Status = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready' }

/**
 * Results shown, and fetched, a page at a time: each result shown costs a fragment request, and a reader
 * mostly opens one of the first few. "Show more results" loads the next page.
 */
const PAGE_SIZE = 10

/**
 * Pagefind asks for pagefind-entry.json?ts=<the time> unless given a tag: a new URL on every visit, so no copy is
 * ever reused. With one fixed tag the URL stays the same, and the route sends the entry with an ETag and
 * "no-cache": a browser asks each visit whether it changed, gets a 304 while it has not, and the new entry after
 * a rebuild. (A tag per build would need the index's hash in the page, which is built before the index.)
 */
const ENTRY_CACHE_TAG = 'checked'

const sameRequest = (a: Request, b: Request) => a.term === b.term && a.region === b.region
const requestKey = ({ term, region }: Request) => `${region}\n${term}`

function statusText(status: Status, found: Found | null): string {
  if (status.kind === 'unavailable') return 'Search is not available right now. Browse by body region from the home page instead.'
  // Loading is also what a browser without JavaScript keeps: the page's notice explains.
  if (status.kind === 'loading' || !found) return ''
  const { request, results, asked, hits } = found
  const where = request.region ? ` in ${request.region}` : ''
  if (results.length === 0) return `No results for “${request.term}”${where}.`
  const count = `${results.length} ${results.length === 1 ? 'result' : 'results'}`
  return `${count} for “${request.term}”${where}${shownText(results.length, asked, hits.length)}.`
}

/** Which of the results asked for are on screen: all, some (and how many could not be fetched), or none. */
function shownText(total: number, asked: number, shown: number): string {
  const which = total > asked ? `the first ${asked}` : ''
  if (shown === asked) return which && `, showing ${which}`
  const retry = 'Search again to retry'
  if (shown === 0) return `, but none${which && ` of ${which}`} could be loaded. ${retry}`
  return `, showing ${shown} of ${which || 'them'}: ${asked - shown} could not be loaded. ${retry}`
}

/** Keeps the address bar in step, so a search can be bookmarked, shared and reloaded. */
function writeUrl({ term, region }: Request) {
  const params = new URLSearchParams()
  if (term) params.set('q', term)
  if (region) params.set('region', region)
  const search = params.toString()
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname)
}

/**
 * The results' fragments, fetched together. One that fails (the connection dropped, the server erred) is left
 * out rather than taking the others with it: the status line says how many are missing.
 */
async function loadHits(results: PagefindResult[]): Promise<Hit[]> {
  const settled = await Promise.allSettled(results.map((result) => result.data()))
  return settled.flatMap((outcome, i) =>
    outcome.status === 'fulfilled'
      ? [
          {
            id: results[i]!.id,
            url: outcome.value.url,
            title: outcome.value.meta.title ?? outcome.value.url,
            region: outcome.value.meta.region ?? '',
            excerpt: outcome.value.excerpt,
          },
        ]
      : [],
  )
}

const noSubscription = () => () => {}
/** False in the server's HTML (and so in a browser without JavaScript), true once the page runs. */
function useScripted(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/**
 * Site search over the Pagefind index built with the site: the browser
 * fetches only the index fragments a query needs. A query typed key by key is
 * searched when the reader pauses, a whole one (pasted, submitted, from the
 * address bar) at once; results are announced in a polite live region. The
 * region filter's choices come with the page, so Pagefind's filter chunk is
 * fetched only for a search that filters. The form also works as a plain GET
 * to /search?q=… (the header's search box), which this reads on load.
 */
export function SiteSearch({
  bundlePath,
  regions,
  withoutScript,
}: {
  bundlePath: string
  regions: RegionOption[]
  withoutScript: ReactNode
}) {
  const scripted = useScripted()
  const id = useId()
  const pagefind = useRef<Pagefind | null>(null)
  // What the form asks for now: a search that finishes for anything else has been superseded.
  const wanted = useRef<Request>({ term: '', region: '' })
  // Searches already answered: their index chunks and first fragments are loaded, so asking again costs nothing.
  const answered = useRef(new Set<string>())
  const pause = useRef<number | undefined>(undefined)
  const [query, setQuery] = useState('')
  const [region, setRegion] = useState('')
  const [request, setRequest] = useState<Request>({ term: '', region: '' })
  const [status, setStatus] = useState<Status>({ kind: 'loading' })
  const [found, setFound] = useState<Found | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)

  /** Searches for `next` at once, or once the reader pauses typing unless `now` (or nothing would be fetched). */
  function ask(next: Request, now: boolean) {
    if (!now && sameRequest(next, wanted.current)) return
    wanted.current = next
    window.clearTimeout(pause.current)
    // An emptied box forgets the last answer, so the next query's first key does not bring it back.
    if (!next.term) setFound(null)
    if (now || !next.term || answered.current.has(requestKey(next))) setRequest(next)
    else pause.current = window.setTimeout(() => setRequest(next), TYPING_PAUSE_MS)
  }

  useEffect(() => () => window.clearTimeout(pause.current), [])

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      try {
        // Loaded at run time from the build's own index, not bundled.
        const loaded = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${bundlePath}pagefind.js`)) as Pagefind
        // On the main thread: the web worker Pagefind would start is one more script to fetch (12.7 KB as sent),
        // and a search takes milliseconds (2–17 ms at N = 10 000, bench/search.ts's "typed, cached").
        await loaded.options({ baseUrl: '/', excerptLength: 24, noWorker: true, metaCacheTag: ENTRY_CACHE_TAG })
        await loaded.init()
        // init() only starts loading. An empty search resolves once Pagefind's metadata and WebAssembly are in (and
        // throws if they cannot load) without fetching any of the index, so "ready" means ready.
        await loaded.search('')
        if (cancelled) return
        pagefind.current = loaded
        // A search in the address bar (the header's box) starts this one, unless the reader has already typed.
        const params = new URLSearchParams(window.location.search)
        const typed = wanted.current
        const start = { term: typed.term || (params.get('q') ?? '').trim(), region: typed.region || (params.get('region') ?? '') }
        if (!typed.term) setQuery(params.get('q') ?? '')
        if (!typed.region) setRegion(start.region)
        ask(start, true)
        setStatus({ kind: 'ready' })
      } catch {
        if (!cancelled) setStatus({ kind: 'unavailable' })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [bundlePath])

  const ready = status.kind === 'ready'
  useEffect(() => {
    if (!ready) return
    writeUrl(request)
    if (!request.term) return
    ;(async () => {
      let results: PagefindResult[]
      try {
        const filters = request.region ? { filters: { region: request.region } } : {}
        results = (await pagefind.current!.search(request.term, filters))?.results ?? []
      } catch {
        // Pagefind takes an index chunk it cannot fetch as no match; a search that still throws cannot be run.
        setStatus({ kind: 'unavailable' })
        return
      }
      // The reader has typed on: these results are superseded, so their fragments are not fetched.
      if (!sameRequest(request, wanted.current)) return
      const first = results.slice(0, PAGE_SIZE)
      const hits = await loadHits(first)
      if (!sameRequest(request, wanted.current)) return
      // Only a whole answer is kept as answered: asking again fetches the fragments that failed.
      if (hits.length === first.length) answered.current.add(requestKey(request))
      setFound({ request, results, asked: first.length, hits })
    })()
  }, [request, ready])

  async function showMore() {
    if (!found) return
    setLoadingMore(true)
    const next = found.results.slice(found.asked, found.asked + PAGE_SIZE)
    const more = await loadHits(next)
    // Another search has replaced these results meanwhile: its page stands.
    setFound((current) => (current === found ? { ...found, asked: found.asked + next.length, hits: [...found.hits, ...more] } : current))
    setLoadingMore(false)
  }

  return (
    <div className="site-search">
      <form
        role="search"
        aria-label="Search articles"
        action="/search"
        method="get"
        onSubmit={(event) => {
          event.preventDefault()
          ask({ term: query.trim(), region }, true)
        }}
      >
        <div className="form-row">
          <label htmlFor={`${id}-q`}>Search for a condition, symptom or treatment</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={(event) => {
              const next = event.target.value
              ask({ term: next.trim(), region }, enteredAtOnce(query, next))
              setQuery(next)
            }}
            autoComplete="off"
            spellCheck={false}
            disabled={status.kind === 'unavailable'}
          />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-region`}>Body region</label>
          {/* The choices come with the page; choosing one waits for the index, as searching does. */}
          <select
            id={`${id}-region`}
            name="region"
            value={region}
            onChange={(event) => {
              ask({ term: query.trim(), region: event.target.value }, true)
              setRegion(event.target.value)
            }}
            disabled={!ready}
          >
            <option value="">All regions</option>
            {regions.map(({ name, articles }) => (
              <option key={name} value={name}>
                {name} ({articles})
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" aria-live="polite" className="site-search__status">
        {statusText(status, found)}
      </p>
      {found ? (
        <SearchResults
          hits={found.hits}
          more={found.asked < found.results.length}
          loadingMore={loadingMore}
          onShowMore={showMore}
        />
      ) : null}
      {/* Below the form, not above it: the notice leaves as the page's script starts, and
          above the form its leaving moved the form up the screen (Lighthouse's layout shift). */}
      {scripted ? null : withoutScript}
    </div>
  )
}
