import { createClient } from '@sanity/client'
import { of } from 'rxjs'
import type { AuthStore, CurrentUser } from 'sanity'
import { createMultiplexedFetch } from '@/content-lake/client/listener-multiplexer.ts'
import { LOCAL_USER } from '@/content-lake/src/local-user.ts'
import { SANITY_API_VERSION } from './api-version'

/**
 * The Studio's auth store for the local Content Lake: signed in from the
 * start as the lake's one user, with a client that calls the lake directly
 * (`useProjectHostname: false` drops the `<projectId>.` host prefix), so the
 * Studio needs no login and no network. The client's transport carries all
 * listeners on one connection (content-lake/client/listener-multiplexer.ts);
 * every client the Studio derives with `withConfig` keeps it.
 */
export function createLocalAuthStore({ apiHost, projectId, dataset }: { apiHost: string; projectId: string; dataset: string }): AuthStore {
  const multiplexedFetch = createMultiplexedFetch(apiHost)
  const client = createClient({
    projectId,
    dataset,
    apiHost,
    useProjectHostname: false,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    // "Signed in" the way a cookie session is: the lake checks nothing, but the Presentation tool's live
    // events (`includeDrafts`) refuse a client with neither a token nor credentials. The lake's CORS answers
    // credentialed requests from loopback pages.
    withCredentials: true,
    requestTagPrefix: 'sanity.studio',
    // @internal in @sanity/client 8, documented as the way to replace its transport (listeners included).
    resolveFetch: () => multiplexedFetch,
  })
  const currentUser = { ...LOCAL_USER, profileImage: undefined } as unknown as CurrentUser
  return {
    state: of({ authenticated: true, currentUser, client }),
    token: of(null),
    logout: async () => {},
  }
}
