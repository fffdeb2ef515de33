import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { getPublishedReferences } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { createRevalidateHandler, methodNotAllowed } from '@/lib/revalidate/handler'
import { getSearchIndexRefresh } from '@/lib/search/search-index-refresh'

/** Sanity's publish webhook (and the local Content Lake's): see lib/revalidate/handler.ts. */
export const dynamic = 'force-dynamic'

const handle = createRevalidateHandler({
  secret: getEnv().revalidateSecret,
  // `{ expire: 0 }`: the next request for a dependent page waits for its regeneration, so a correction
  // is on the very next view; `'max'` serves one stale view first, which is what an outage needs.
  revalidate: (tag, freshness) => revalidateTag(tag, freshness === 'now' ? { expire: 0 } : 'max'),
  references: getPublishedReferences,
  // The site search's index follows too, once the response has gone.
  published: () => after(() => getSearchIndexRefresh().schedule()),
})

export const POST = handle
export const GET = methodNotAllowed
export const HEAD = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
export const OPTIONS = methodNotAllowed
