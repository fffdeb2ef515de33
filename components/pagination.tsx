import Link from 'next/link'

/**
 * Previous / next links for a paged listing, with where the reader is. Links
 * name their page ("Previous page: 1 of 5") so they make sense read out of
 * context, as screen reader link lists present them.
 */
export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number
  pageCount: number
  href: (page: number) => string
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      <ul>
        {page > 1 ? (
          <li className="pagination__previous">
            <Link href={href(page - 1)} rel="prev">
              Previous page
              <span className="visually-hidden">
                : {page - 1} of {pageCount}
              </span>
            </Link>
          </li>
        ) : null}
        {page < pageCount ? (
          <li className="pagination__next">
            <Link href={href(page + 1)} rel="next">
              Next page
              <span className="visually-hidden">
                : {page + 1} of {pageCount}
              </span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
