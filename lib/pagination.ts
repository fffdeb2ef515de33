/**
 * Region listings are split into pages so a region page weighs the same with
 * 20 or 2 000 articles: enough cards to scan, few enough to stay light.
 */
export const REGION_PAGE_SIZE = 24

/** How many pages `total` items fill, `size` to a page; an empty list still has its first page. */
export function pageCount(total: number, size = REGION_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/**
 * Page `page` (counted from 1) as the half-open index range [start, end), the
 * bounds a GROQ slice `[$start...$end]` or `Array.slice` takes.
 */
export function pageRange(page: number, size = REGION_PAGE_SIZE): { start: number; end: number } {
  const start = (page - 1) * size
  return { start, end: start + size }
}

/** A page number that can exist: a whole number from 1. */
export const isPageNumber = (page: number) => Number.isInteger(page) && page >= 1

/** The page number in a `/page/<n>` URL segment: digits without a leading zero, else null. */
export function parsePageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null
}
