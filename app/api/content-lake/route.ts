import { LOCAL_DATASET, LOCAL_PROJECT_ID } from '@/lib/content/local-lake'
import { getEnv } from '@/lib/env'

/**
 * Where the Studio finds the local Content Lake. Answered at request time,
 * not at build time, because `npm start` picks the lake's port when it starts
 * (PORT+1, or a free one), so two copies of the site never share one.
 */
export const dynamic = 'force-dynamic'

export function GET() {
  const { content } = getEnv()
  const headers = { 'cache-control': 'no-store' }
  if (content.kind !== 'embedded') {
    return Response.json({ error: 'The site reads a hosted Content Lake; the Studio uses it directly.' }, { status: 404, headers })
  }
  if (!content.contentLakeUrl) {
    return Response.json(
      {
        error:
          'The local Content Lake is not running for this site: `npm start` starts it (its output says why when it cannot), or run `npm run content-lake` next to `npm run dev`.',
      },
      { status: 503, headers },
    )
  }
  return Response.json({ origin: content.contentLakeUrl, projectId: LOCAL_PROJECT_ID, dataset: LOCAL_DATASET }, { headers })
}
