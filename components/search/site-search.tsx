'use client'

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import type { RegionOption } from '@/lib/search/regions'
import { MAX_TERM_LENGTH, SEARCH_PAGE_SIZE, searchApiUrl, type SearchAnswer, type SearchHit } from '@/lib/search/search-api'
import { TYPING_PAUSE_MS, enteredAtOnce } from '@/lib/search/typing'
import { SearchResults } from './search-results'

/** A search the reader asked for. A new object each time, so that asking again searches again. */
interface Request {
  term: string
  region: string
}

/** A search's answer: how many results there are, how many have been asked for (a page at a time), and those that arrived. */
interface Found {
  request: Request
  total: number
  /** Pages of results asked for so far. */
  pages: number
  asked: number
  /** The asked-for results that arrived, in order: fewer than `asked` when a page could not be fetched. */
  hits: SearchHit[]
}

/** Why a search has no answer to show: the search itself is down, or its answer did not arrive. */
type Failure = 'unavailable' | 'not-loaded' | null

const sameRequest = (a: Request, b: Request) => a.term === b.term && a.region === b.region
const requestKey = ({ term, region }: Request) => `${region}\n${term}`

function statusText(failure: Failure, found: Found | null): string {
  if (failure === 'unavailable') return 'Search is not available right now. Browse by body region from the home page instead.'
  if (failure === 'not-loaded') return 'The results could not be loaded. Search again to retry.'
  if (!found) return ''
  const { request, total, asked, hits } = found
  const where = request.region ? ` in ${request.region}` : ''
  if (total === 0) return `No results for “${request.term}”${where}.`
  const count = `${total} ${total === 1 ? 'result' : 'results'}`
  return `${count} for “${request.term}”${where}${shownText(total, asked, hits.length)}.`
}

/** Which of the results asked for are on screen: all, or some (and how many could not be fetched). */
function shownText(total: number, asked: number, shown: number): string {
  const which = total > asked ? `the first ${asked}` : ''
  if (shown === asked) return which && `, showing ${which}`
  return `, showing ${shown} of ${which || 'them'}: ${asked - shown} could not be loaded. Search again to retry`
}

/** Keeps the address bar in step, so a search can be bookmarked, shared and reloaded. */
function writeUrl({ term, region }: Request) {
  const params = new URLSearchParams()
  if (term) params.set('q', term)
  if (region) params.set('region', region)
  const search = params.toString()
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname)
}

/** One page of a search's results from the site's search API; what went wrong when there is none. */
async function fetchPage(request: Request, page: number, signal?: AbortSignal): Promise<SearchAnswer | Exclude<Failure, null>> {
  try {
    const response = await fetch(searchApiUrl({ ...request, page }), { signal })
    if (response.ok) return (await response.json()) as SearchAnswer
    // 503 or 500: the server cannot search. Anything else (a proxy's error page, a dropped connection) may pass.
    return response.status >= 500 && response.status !== 502 && response.status !== 504 ? 'unavailable' : 'not-loaded'
  } catch (error) {
    if (signal?.aborted) throw error
    return 'not-loaded'
  }
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
 * Site search, answered by the site's search API (app/api/search): each
 * query costs one small JSON answer, and the page loads nothing else for it.
 * A query typed key by key is searched when the reader pauses, a whole one
 * (pasted, submitted, from the address bar) at once; results are announced
 * in a polite live region. The form also works as a plain GET to
 * /search?q=… (the header's search box), which this reads on load.
 */
export function SiteSearch({ regions, withoutScript }: { regions: RegionOption[]; withoutScript: ReactNode }) {
  const scripted = useScripted()
  const id = useId()
  // What the form asks for now: a search that finishes for anything else has been superseded.
  const wanted = useRef<Request>({ term: '', region: '' })
  // Searches already answered: the browser keeps their answers, so asking again costs nothing and need not wait.
  const answered = useRef(new Set<string>())
  const pause = useRef<number | undefined>(undefined)
  const [query, setQuery] = useState('')
  const [region, setRegion] = useState('')
  const [request, setRequest] = useState<Request>({ term: '', region: '' })
  const [failure, setFailure] = useState<Failure>(null)
  const [found, setFound] = useState<Found | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)

  /** Searches for `next` at once, or once the reader pauses typing unless `now` (or nothing would be fetched). */
  function ask(next: Request, now: boolean) {
    if (!now && sameRequest(next, wanted.current)) return
    wanted.current = next
    window.clearTimeout(pause.current)
    // An emptied box forgets the last answer, so the next query's first key does not bring it back.
    if (!next.term) {
      setFound(null)
      setFailure(null)
    }
    if (now || !next.term || answered.current.has(requestKey(next))) setRequest(next)
    else pause.current = window.setTimeout(() => setRequest(next), TYPING_PAUSE_MS)
  }

  useEffect(() => () => window.clearTimeout(pause.current), [])

  // A search in the address bar (the header's box, a bookmark, a reload) starts this one.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const start = { term: (params.get('q') ?? '').trim(), region: params.get('region') ?? '' }
    // The page is prerendered once for every query, so the address bar can be read only here, once it runs.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(params.get('q') ?? '')
    setRegion(start.region)
    ask(start, true)
    // Once, on load: later searches come from the form.
  }, [])

  const started = useRef(false)
  useEffect(() => {
    // The first request is the empty one the page starts with: the address bar already says what it should.
    if (!started.current && !request.term) return
    started.current = true
    writeUrl(request)
    if (!request.term) return
    const superseded = new AbortController()
    ;(async () => {
      const answer = await fetchPage(request, 1, superseded.signal)
      if (!sameRequest(request, wanted.current)) return
      if (typeof answer === 'string') {
        setFailure(answer)
        setFound(null)
        return
      }
      answered.current.add(requestKey(request))
      setFailure(null)
      setFound({ request, total: answer.total, pages: 1, asked: answer.hits.length, hits: answer.hits })
    })().catch(() => {
      // Aborted: the reader asked for something else, whose search runs now.
    })
    return () => superseded.abort()
  }, [request])

  async function showMore() {
    if (!found) return
    setLoadingMore(true)
    const page = found.pages + 1
    const answer = await fetchPage(found.request, page)
    const expected = Math.min(found.total - found.asked, SEARCH_PAGE_SIZE)
    const more = typeof answer === 'string' ? [] : answer.hits
    // Another search has replaced these results meanwhile: its page stands.
    setFound((current) =>
      current === found ? { ...found, pages: page, asked: found.asked + expected, hits: [...found.hits, ...more] } : current,
    )
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
            maxLength={MAX_TERM_LENGTH}
            onChange={(event) => {
              const next = event.target.value
              ask({ term: next.trim(), region }, enteredAtOnce(query, next))
              setQuery(next)
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-region`}>Body region</label>
          {/* The choices come with the page. It filters only once the page's script runs (without it, search
              cannot run either: the notice below says so). */}
          <select
            id={`${id}-region`}
            name="region"
            value={region}
            onChange={(event) => {
              ask({ term: query.trim(), region: event.target.value }, true)
              setRegion(event.target.value)
            }}
            disabled={!scripted}
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
        {statusText(failure, found)}
      </p>
      {found && !failure ? (
        <SearchResults
          hits={found.hits}
          more={found.asked < found.total}
          loadingMore={loadingMore}
          onShowMore={showMore}
        />
      ) : null}
      {/* Below the form, not above it, so that where the notice still shows and then leaves (a browser without
          the CSS "scripting" media feature) it moves nothing up but the footer. In every other browser the
          stylesheet hides it from the first paint when scripts are on (globals.css), so its leaving moves
          nothing at all: removing it in view moved the footer (Lighthouse's layout shift, 0.087). */}
      {scripted ? null : <div className="site-search__without-script">{withoutScript}</div>}
    </div>
  )
}
