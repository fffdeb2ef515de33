import { getEnv } from './lib/env'
import { describeRevalidateEndpoint } from './lib/revalidate/handler'

/**
 * Next calls register() once when a server process starts: the one place
 * /api/revalidate says whether it is on, rather than a line per request.
 */
export function register() {
  console.log(describeRevalidateEndpoint(getEnv().revalidateSecret))
}
