import { draftMode } from 'next/headers'
import { NextResponse } from 'next/server'

/**
 * Ends a draft preview (the preview banner's "Exit preview" link, and the
 * Presentation tool's `previewMode.disable`), then shows the same page as
 * readers see it: back to the page named by a same-origin Referer, else home.
 */
export const dynamic = 'force-dynamic'

function returnPath(request: Request): string {
  const referer = request.headers.get('referer')
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    // Only this site's own pages: a foreign Referer must not turn this into an open redirect.
    return from.origin === new URL(request.url).origin ? `${from.pathname}${from.search}` : '/'
  } catch {
    return '/'
  }
}

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const response = NextResponse.redirect(new URL(returnPath(request), request.url), 307)
  response.headers.set('cache-control', 'no-store')
  return response
}
