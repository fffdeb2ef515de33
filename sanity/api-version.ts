/** The Content Lake API version the site and Studio both use. */
export const SANITY_API_VERSION = '2025-06-01'
