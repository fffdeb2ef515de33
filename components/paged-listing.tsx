import type { ReactNode } from 'react'
import { Pagination } from '@/components/pagination'
import type { ListingPage } from '@/lib/pagination'

/**
 * One page of any paged listing (a region, an entity hub): where the reader is
 * ("Articles 25 to 48 of 60, page 2 of 3"), the page's list, and the links to
 * the pages either side. The list itself is the caller's.
 */
export function PagedListing({
  at,
  shown,
  total,
  href,
  children,
}: {
  at: ListingPage
  /** How many items this page shows. */
  shown: number
  total: number
  href: (page: number) => string
  children: ReactNode
}) {
  const last = at.firstPosition + shown - 1
  return (
    <>
      {at.pageCount > 1 ? (
        <p className="listing-status">
          Articles {at.firstPosition} to {last} of {total}, page {at.page} of {at.pageCount}
        </p>
      ) : null}
      {children}
      <Pagination page={at.page} pageCount={at.pageCount} href={href} />
    </>
  )
}
