/**
 * Region listings are split into pages so a region page weighs the same with
 * 20 or 2 000 articles: enough cards to scan, few enough to stay light.
 */
export const REGION_PAGE_SIZE = 24

export function pageCount(total: number, size = REGION_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size))
}

/** The page number in a `/page/<n>` URL segment: digits without a leading zero, else null. */
export function parsePageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null
}
