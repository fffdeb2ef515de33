/**
 * The names the local Content Lake (content-lake/) answers to: it serves one
 * project-less dataset, so the Studio and the site's preview client both use
 * these for it.
 */
export const LOCAL_PROJECT_ID = 'local'
export const LOCAL_DATASET = 'production'

/**
 * The local lake has no authentication (one user, loopback only), but
 * @sanity/preview-url-secret refuses a client without a token, as the hosted
 * lake would. This stands in for a viewer token; the lake ignores it.
 */
export const LOCAL_LAKE_VIEWER_TOKEN = 'local-content-lake-viewer'
