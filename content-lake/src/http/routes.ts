import type { Handler } from './context.ts'
import { handleDoc } from './doc-route.ts'
import { handleGetKeyValues, handleSetKeyValues } from './keyvalue-routes.ts'
import { handleListen } from './listen-route.ts'
import { handleLiveEvents } from './live-events-route.ts'
import { handleMuxClose, handleMuxOpen, handleMuxStream } from './mux-routes.ts'
import { handleAcl, handleCurrentUser, handleDatasets, handleFeatures, handleProject, handleUsers } from './project-routes.ts'
import { handleQuery } from './query-route.ts'
import { handleActions, handleMutate } from './write-routes.ts'

/**
 * The API surface, after the `/v<apiVersion>` prefix. A path with a
 * `<dataset>` segment is answered only for the served dataset.
 */

export interface Route {
  methods: string[]
  pattern: RegExp
  handler: Handler
}

const route = (methods: string[], pattern: RegExp, handler: Handler): Route => ({ methods, pattern, handler })

export const ROUTES: Route[] = [
  route(['GET', 'POST'], /^\/data\/query\/(?<dataset>[^/]+)$/, handleQuery),
  route(['GET'], /^\/data\/doc\/(?<dataset>[^/]+)\/(?<ids>[^/]+)$/, handleDoc),
  route(['GET'], /^\/data\/listen\/(?<dataset>[^/]+)$/, handleListen),
  route(['GET'], /^\/data\/live\/events\/(?<dataset>[^/]+)$/, handleLiveEvents),
  route(['POST'], /^\/data\/mutate\/(?<dataset>[^/]+)$/, handleMutate),
  route(['POST'], /^\/data\/actions\/(?<dataset>[^/]+)$/, handleActions),
  route(['GET'], /^\/listen-mux\/(?<session>[^/]+)$/, handleMuxStream),
  route(['POST'], /^\/listen-mux\/(?<session>[^/]+)\/channels$/, handleMuxOpen),
  route(['POST'], /^\/listen-mux\/(?<session>[^/]+)\/channels\/(?<channel>\d+)\/close$/, handleMuxClose),
  route(['GET'], /^\/users\/me$/, handleCurrentUser),
  route(['GET'], /^\/users\/me\/keyvalue\/(?<keys>[^/]+)$/, handleGetKeyValues),
  route(['PUT', 'POST'], /^\/users\/me\/keyvalue$/, handleSetKeyValues),
  route(['GET'], /^\/users\/(?<ids>[^/]+)$/, handleUsers),
  route(['GET'], /^\/projects\/(?<project>[^/]+)\/datasets\/(?<dataset>[^/]+)\/acl$/, handleAcl),
  route(['GET'], /^\/projects\/(?<project>[^/]+)\/datasets$/, handleDatasets),
  route(['GET'], /^\/projects\/(?<project>[^/]+)$/, handleProject),
  route(['GET'], /^\/(projects\/(?<project>[^/]+)\/)?features$/, handleFeatures),
]
