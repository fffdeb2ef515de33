import { useEffect, useRef } from 'react'
import type { SearchHit } from '@/lib/search/search-api'
import { Excerpt } from './excerpt'

/**
 * The results loaded so far and, while there are more, a button for the next
 * page of them. After "Show more results" focus moves to the first result it
 * added, so a keyboard or screen reader user carries on from where the new
 * results start rather than on a button that may have gone; the page's status
 * line announces how many are now shown.
 */
export function SearchResults({
  hits,
  more,
  loadingMore,
  onShowMore,
}: {
  hits: SearchHit[]
  /** Results not yet asked for remain. */
  more: boolean
  loadingMore: boolean
  onShowMore: () => void
}) {
  const list = useRef<HTMLOListElement>(null)
  // Which result to focus once the page the button asked for has arrived.
  const focusAt = useRef<number | null>(null)

  useEffect(() => {
    const at = focusAt.current
    if (at === null || hits.length <= at) return
    focusAt.current = null
    list.current?.children[at]?.querySelector('a')?.focus()
  }, [hits])

  if (hits.length === 0) return null
  return (
    <>
      <ol ref={list} className="search-results">
        {hits.map((hit) => (
          <li key={hit.url} className="search-result">
            <h2 className="search-result__title">
              <a href={hit.url}>{hit.title}</a>
            </h2>
            {hit.region ? <p className="search-result__region">{hit.region}</p> : null}
            <p className="search-result__excerpt">
              <Excerpt parts={hit.excerpt} />
            </p>
          </li>
        ))}
      </ol>
      {more ? (
        <button
          type="button"
          className="site-search__more"
          // Not `disabled`: that would drop focus from the button while the next page loads.
          aria-disabled={loadingMore}
          onClick={() => {
            if (loadingMore) return
            focusAt.current = hits.length
            onShowMore()
          }}
        >
          Show more results
        </button>
      ) : null}
    </>
  )
}
