/**
 * Listings (a region's articles, an entity hub's articles) are split into
 * pages so a listing page weighs the same with 20 or 2 000 articles: enough
 * cards to scan, few enough to stay light.
 */
export const LISTING_PAGE_SIZE = 24
/** Region listings page like every other listing. */
export const REGION_PAGE_SIZE = LISTING_PAGE_SIZE

/** How many pages `total` items fill, `size` to a page; an empty list still has its first page. */
export function pageCount(total: number, size = LISTING_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/**
 * Page `page` (counted from 1) as the half-open index range [start, end), the
 * bounds a GROQ slice `[$start...$end]` or `Array.slice` takes.
 */
export function pageRange(page: number, size = LISTING_PAGE_SIZE): { start: number; end: number } {
  const start = (page - 1) * size
  return { start, end: start + size }
}

/** A page number that can exist: a whole number from 1. */
export const isPageNumber = (page: number) => Number.isInteger(page) && page >= 1

/** The page number in a `/page/<n>` URL segment: digits without a leading zero, else null. */
export function parsePageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null
}

/** Where one page sits in a paged listing. */
export interface ListingPage {
  /** Which page this is, from 1. */
  page: number
  pageCount: number
  /** The list position of the page's first item among all of the listing's items, from 1. */
  firstPosition: number
}

/** Page `page` of a listing of `total` items, or null past its last page. */
export function listingPage(total: number, page: number, size = LISTING_PAGE_SIZE): ListingPage | null {
  const pages = pageCount(total, size)
  if (!isPageNumber(page) || page > pages) return null
  return { page, pageCount: pages, firstPosition: (page - 1) * size + 1 }
}

/**
 * Route helpers for the `/page/<n>` routes of every paged listing. Page 1 lives
 * at the listing's bare URL only, so each listing has one URL per page.
 */

/** The page numbers a `/page/<n>` route generates for a listing of `total` items: 2 onwards. */
export function laterPages(total: number, size = LISTING_PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2)
}

/** The page a `/page/<n>` segment asks for: 2 or more, else null (page 1 is the bare URL). */
export function laterPageNumber(segment: string): number | null {
  const number = parsePageNumber(segment)
  return number && number > 1 ? number : null
}
