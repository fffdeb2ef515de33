import type { ExcerptPart } from './excerpt'

/**
 * The site search's API (app/api/search/route.ts), shared by the route and
 * the search page: GET /api/search?q=<words>&region=<region name>&page=<n>
 * answers one page of results as JSON (SearchAnswer), a bad request 400 and
 * a missing index 503, each with `{ error }`.
 */

/** Results per answer: a reader mostly opens one of the first few, and "Show more results" asks for the next page. */
export const SEARCH_PAGE_SIZE = 10
/** Longer than any name of a condition, symptom or treatment, or a sentence about one. */
export const MAX_TERM_LENGTH = 200
const MAX_REGION_LENGTH = 100
/** 1 000 results: far beyond what anyone pages through, and it bounds the work one request can ask for. */
const MAX_PAGE = 100

export interface SearchQuery {
  term: string
  /** A region's name, as the page's filter lists them; "" for every region. */
  region: string
  /** 1 for the first SEARCH_PAGE_SIZE results. */
  page: number
}

export interface SearchHit {
  url: string
  title: string
  region: string
  /** Words of the article around the matches, the matched ones marked: text only, never markup. */
  excerpt: ExcerptPart[]
}

export interface SearchAnswer extends SearchQuery {
  pageSize: number
  /** Every result, not only this page's. */
  total: number
  hits: SearchHit[]
}

/** The address of one page of results. */
export function searchApiUrl({ term, region, page }: SearchQuery): string {
  const params = new URLSearchParams({ q: term })
  if (region) params.set('region', region)
  if (page !== 1) params.set('page', String(page))
  return `/api/search?${params.toString()}`
}

/** Reads a request's query, or says what is wrong with it (the route answers that as a 400). */
export function parseSearchQuery(params: URLSearchParams): { query: SearchQuery } | { error: string } {
  const term = (params.get('q') ?? '').trim()
  const region = (params.get('region') ?? '').trim()
  const page = params.get('page') ?? '1'
  if (!term) return { error: 'q is required: the words to search for' }
  if (term.length > MAX_TERM_LENGTH) return { error: `q is longer than ${MAX_TERM_LENGTH} characters` }
  if (region.length > MAX_REGION_LENGTH) return { error: `region is longer than ${MAX_REGION_LENGTH} characters` }
  if (!/^[1-9]\d{0,2}$/.test(page) || Number(page) > MAX_PAGE) return { error: `page must be a whole number from 1 to ${MAX_PAGE}` }
  return { query: { term, region, page: Number(page) } }
}
