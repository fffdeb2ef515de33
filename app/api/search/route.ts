import { parseSearchQuery } from '@/lib/search/search-api'
import { SearchUnavailableError, getSearchEngine } from '@/lib/search/search-engine'

/**
 * The site search (lib/search/search-api.ts says what it answers). Answers
 * change only with a new build's index, so a browser or CDN may keep one for
 * five minutes; errors are never kept.
 */
export const dynamic = 'force-dynamic'

const KEPT = 'public, max-age=300'

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } })

export async function GET(request: Request) {
  const parsed = parseSearchQuery(new URL(request.url).searchParams)
  if ('error' in parsed) return refuse(400, parsed.error)
  try {
    return Response.json(await getSearchEngine().search(parsed.query), { headers: { 'cache-control': KEPT } })
  } catch (error) {
    // The cause goes to the server's log; the reader's page says search is unavailable and offers browsing.
    console.error('search:', error)
    return refuse(error instanceof SearchUnavailableError ? 503 : 500, 'Search is not available right now.')
  }
}
