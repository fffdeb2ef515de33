import { DEFAULT_API_VERSION, type HostedContentConfig } from '../env'

/** The local Content Lake serves one project-less dataset; these are the names the Studio and the site use for it. */
export const LOCAL_PROJECT_ID = 'local'
export const LOCAL_DATASET = 'production'

/**
 * The local lake has no authentication (one user, loopback only), but
 * @sanity/preview-url-secret refuses a client without a token, as the hosted
 * lake would. This stands in for a viewer token; the lake ignores it.
 */
export const LOCAL_LAKE_VIEWER_TOKEN = 'local-content-lake-viewer'

/**
 * The local Content Lake (content-lake/) as a hosted Content Lake: it answers
 * Sanity's query API with the published perspective, so the hosted store reads
 * it unchanged and one gateway serves both paths.
 */
export function localLakeContent(origin: string): HostedContentConfig {
  return { kind: 'hosted', projectId: LOCAL_PROJECT_ID, dataset: LOCAL_DATASET, apiVersion: DEFAULT_API_VERSION, apiHost: origin }
}
