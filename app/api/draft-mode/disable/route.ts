import { draftMode } from 'next/headers'

/**
 * Ends a draft preview (the preview banner's "Exit preview" link, and the
 * Presentation tool's `previewMode.disable`), then shows the same page as
 * readers see it: back to the page named by a Referer from this site, else home.
 */
export const dynamic = 'force-dynamic'

function returnPath(request: Request): string {
  const referer = request.headers.get('referer')
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    // This site's own pages only (by Host, as the browser addressed it): a foreign Referer must not make this an open redirect.
    const host = request.headers.get('host') ?? new URL(request.url).host
    return from.host === host ? `${from.pathname}${from.search}` : '/'
  } catch {
    return '/'
  }
}

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  // A relative Location: the path is this site's, whichever name the browser used for it.
  return new Response(null, { status: 307, headers: { location: returnPath(request), 'cache-control': 'no-store' } })
}
