'use client'

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { Excerpt } from './excerpt'

/** The part of Pagefind's browser API this page uses (pagefind.js, served from the build). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>
  init(): Promise<void>
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>
  filters(): Promise<Record<string, Record<string, number>>>
}
interface PagefindResult {
  id: string
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>
}

interface Hit {
  id: string
  url: string
  title: string
  region: string
  excerpt: string
}

type Status = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'idle' } | { kind: 'done'; total: number }

const RESULTS_SHOWN = 20

function statusText(status: Status, query: string, region: string, shown: number): string {
  switch (status.kind) {
    case 'loading':
      // Also what a browser without JavaScript keeps: the page's notice explains.
      return ''
    case 'unavailable':
      return 'Search is not available right now. Browse by body region from the home page instead.'
    case 'idle':
      return ''
    case 'done': {
      const where = region ? ` in ${region}` : ''
      if (status.total === 0) return `No results for “${query}”${where}.`
      const count = `${status.total} ${status.total === 1 ? 'result' : 'results'}`
      const more = status.total > shown ? `, showing the first ${shown}` : ''
      return `${count} for “${query}”${where}${more}.`
    }
  }
}

/** Keeps the address bar in step, so a search can be bookmarked, shared and reloaded. */
function writeUrl(query: string, region: string) {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  if (region) params.set('region', region)
  const search = params.toString()
  window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname)
}

/**
 * Site search over the Pagefind index built with the site: the browser
 * fetches only the index fragments a query needs. Results are announced in a
 * polite live region; the form also works as a plain GET to /search?q=…
 * (the header's search box), which this reads on load.
 */
const noSubscription = () => () => {}
/** False in the server's HTML (and so in a browser without JavaScript), true once the page runs. */
function useScripted(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

export function SiteSearch({ bundlePath, withoutScript }: { bundlePath: string; withoutScript: ReactNode }) {
  const scripted = useScripted()
  const id = useId()
  const pagefind = useRef<Pagefind | null>(null)
  const latest = useRef(0)
  const [query, setQuery] = useState('')
  const [region, setRegion] = useState('')
  const [regions, setRegions] = useState<[string, number][]>([])
  const [status, setStatus] = useState<Status>({ kind: 'loading' })
  const [hits, setHits] = useState<Hit[]>([])

  useEffect(() => {
    let cancelled = false
    ;(async () => {
      try {
        // Loaded at run time from the build's own index, not bundled.
        const loaded = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${bundlePath}pagefind.js`)) as Pagefind
        await loaded.options({ baseUrl: '/', excerptLength: 24 })
        await loaded.init()
        const filters = await loaded.filters()
        if (cancelled) return
        pagefind.current = loaded
        // A search in the address bar (the header's box) starts this one, unless the reader has already typed.
        const params = new URLSearchParams(window.location.search)
        setQuery((typed) => typed || (params.get('q') ?? ''))
        setRegion((chosen) => chosen || (params.get('region') ?? ''))
        setRegions(Object.entries(filters.region ?? {}).sort(([a], [b]) => a.localeCompare(b)))
        setStatus({ kind: 'idle' })
      } catch {
        if (!cancelled) setStatus({ kind: 'unavailable' })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [bundlePath])

  const ready = status.kind !== 'loading' && status.kind !== 'unavailable'
  const term = query.trim()
  useEffect(() => {
    if (!ready) return
    writeUrl(term, region)
    const run = ++latest.current
    if (!term) return
    ;(async () => {
      const found = await pagefind.current!.search(term, region ? { filters: { region } } : {})
      const results = found?.results ?? []
      const data = await Promise.all(results.slice(0, RESULTS_SHOWN).map((result) => result.data()))
      // A later keystroke has started another search: its answer wins.
      if (run !== latest.current) return
      setHits(
        data.map((item, i) => ({
          id: results[i]!.id,
          url: item.url,
          title: item.meta.title ?? item.url,
          region: item.meta.region ?? '',
          excerpt: item.excerpt,
        })),
      )
      setStatus({ kind: 'done', total: results.length })
    })()
  }, [term, region, ready])

  // An empty box shows nothing, whatever the last search found.
  const shown = term ? hits : []
  const current: Status = ready && !term ? { kind: 'idle' } : status

  return (
    <div className="site-search">
      <form
        role="search"
        aria-label="Search articles"
        action="/search"
        method="get"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="form-row">
          <label htmlFor={`${id}-q`}>Search for a condition, symptom or treatment</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            disabled={status.kind === 'unavailable'}
          />
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-region`}>Body region</label>
          <select
            id={`${id}-region`}
            name="region"
            value={region}
            onChange={(event) => setRegion(event.target.value)}
            disabled={!ready}
          >
            <option value="">All regions</option>
            {regions.map(([name, count]) => (
              <option key={name} value={name}>
                {name} ({count})
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" aria-live="polite" className="site-search__status">
        {statusText(current, term, region, shown.length)}
      </p>
      {shown.length > 0 ? (
        <ol className="search-results">
          {shown.map((hit) => (
            <li key={hit.id} className="search-result">
              <h2 className="search-result__title">
                <a href={hit.url}>{hit.title}</a>
              </h2>
              {hit.region ? <p className="search-result__region">{hit.region}</p> : null}
              <p className="search-result__excerpt">
                <Excerpt html={hit.excerpt} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {/* Below the form, not above it: the notice leaves as the page's script starts, and
          above the form its leaving moved the form up the screen (Lighthouse's layout shift). */}
      {scripted ? null : withoutScript}
    </div>
  )
}
