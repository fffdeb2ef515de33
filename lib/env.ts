import { SANITY_API_VERSION } from '@/sanity/api-version'

/**
 * The one place the environment is read. Everything else imports `getEnv()`
 * (or the pure `parseEnv` in tests), so a missing or malformed variable fails
 * once, at start-up, with a message naming the variable.
 */

export const DEFAULT_SITE_URL = 'http://localhost:3000'
export const DEFAULT_API_VERSION = SANITY_API_VERSION

export interface HostedContentConfig {
  kind: 'hosted'
  projectId: string
  dataset: string
  apiVersion: string
  /** Read token, server-only: needed to read a private dataset (the site reads published content only). */
  token?: string
  /** Alternative API host (a local stand-in in tests). */
  apiHost?: string
}

export interface EmbeddedContentConfig {
  kind: 'embedded'
  /** NDJSON export to read; defaults to the dataset committed in the repo. */
  datasetPath?: string
  /**
   * The local Content Lake the Studio edits through; `npm start`
   * (scripts/start.ts) starts it and sets this at run time.
   */
  contentLakeUrl?: string
  /** File to append one JSON line per query run, with its duration (benchmarks read it). */
  queryTimingsFile?: string
}

export interface AppEnv {
  siteUrl: string
  content: HostedContentConfig | EmbeddedContentConfig
  /** Next's build folder (next.config.mjs reads the same variable); the search index is built into it. */
  buildDir: string
  /**
   * Secret, server only: the key Sanity (or the local Content Lake) signs
   * publish webhooks with; /api/revalidate is off without it.
   */
  revalidateSecret?: string
  /** What `next build` prerenders; the rest is rendered on first request and cached (lib/prerender.ts). */
  prerender: PrerenderPolicy
}

/** A count, or every one there is. */
export type PrerenderCount = number | 'all'

export interface PrerenderPolicy {
  /** How many articles, the most recently reviewed first. */
  articles: PrerenderCount
  /** How many pages of each paged listing (a region's, a hub's), page 1 included. */
  listingPages: PrerenderCount
}

export class EnvError extends Error {
  override name = 'EnvError'
}

const PROJECT_ID = /^[a-z0-9][-a-z0-9]*$/
const DATASET = /^[a-z0-9][-_a-z0-9]{0,63}$/
const API_VERSION = /^(\d{4}-\d{2}-\d{2}|1|X)$/
// The local Content Lake has no authentication, so it only ever listens on loopback.
const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}\/?$/

type Source = Record<string, string | undefined>

function read(source: Source, name: string): string | undefined {
  const value = source[name]?.trim()
  return value ? value : undefined
}

function parseSiteUrl(raw: string | undefined): string {
  if (!raw) return DEFAULT_SITE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new EnvError(`NEXT_PUBLIC_SITE_URL must be an absolute URL such as https://example.org (got "${raw}").`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new EnvError(`NEXT_PUBLIC_SITE_URL must use http or https (got "${raw}").`)
  }
  return url.origin + url.pathname.replace(/\/+$/, '')
}

function parseHosted(source: Source, projectId: string, dataset: string): HostedContentConfig {
  if (!PROJECT_ID.test(projectId)) {
    throw new EnvError(`SANITY_PROJECT_ID may contain only lowercase letters, digits and hyphens (got "${projectId}").`)
  }
  if (!DATASET.test(dataset)) {
    throw new EnvError(
      `SANITY_DATASET must start with a lowercase letter or digit and contain only lowercase letters, digits, "_" and "-" (got "${dataset}").`,
    )
  }
  const apiVersion = read(source, 'SANITY_API_VERSION') ?? DEFAULT_API_VERSION
  if (!API_VERSION.test(apiVersion)) {
    throw new EnvError(`SANITY_API_VERSION must be a date such as 2025-06-01 (got "${apiVersion}").`)
  }
  const apiHost = read(source, 'SANITY_API_HOST')
  if (apiHost && !/^https?:\/\/[^/]+\/?$/.test(apiHost)) {
    throw new EnvError(`SANITY_API_HOST must be an origin such as http://127.0.0.1:4000 (got "${apiHost}").`)
  }
  const token = read(source, 'SANITY_API_READ_TOKEN')
  return {
    kind: 'hosted',
    projectId,
    dataset,
    apiVersion,
    ...(token ? { token } : {}),
    ...(apiHost ? { apiHost: apiHost.replace(/\/$/, '') } : {}),
  }
}

function parseBuildDir(raw: string | undefined): string {
  if (!raw) return '.next'
  if (raw.split(/[\\/]/).includes('..') || raw.startsWith('/')) {
    throw new EnvError(`NEXT_DIST_DIR must be a folder inside the project, such as .next-large (got "${raw}").`)
  }
  return raw
}

// @sanity/webhook signs with HMAC-SHA256; a short secret is guessable offline from one captured delivery.
const MIN_SECRET_LENGTH = 16

function parseRevalidateSecret(raw: string | undefined): { revalidateSecret?: string } {
  if (!raw) return {}
  if (raw.length < MIN_SECRET_LENGTH) {
    throw new EnvError(`SANITY_REVALIDATE_SECRET must be at least ${MIN_SECRET_LENGTH} characters (got ${raw.length}).`)
  }
  return { revalidateSecret: raw }
}

function parsePrerenderCount(source: Source, name: string, min: number): PrerenderCount {
  const raw = read(source, name)
  if (!raw || raw === 'all') return 'all'
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) {
    throw new EnvError(`${name} must be "all" or a whole number from ${min} (got "${raw}").`)
  }
  return Number(raw)
}

function parsePrerender(source: Source): PrerenderPolicy {
  return {
    articles: parsePrerenderCount(source, 'PRERENDER_ARTICLES', 0),
    // Page 1 of a listing is its region or hub page, which is always prerendered.
    listingPages: parsePrerenderCount(source, 'PRERENDER_LISTING_PAGES', 1),
  }
}

export function parseEnv(source: Source): AppEnv {
  const siteUrl = parseSiteUrl(read(source, 'NEXT_PUBLIC_SITE_URL'))
  const buildDir = parseBuildDir(read(source, 'NEXT_DIST_DIR'))
  const common = {
    siteUrl,
    buildDir,
    prerender: parsePrerender(source),
    ...parseRevalidateSecret(read(source, 'SANITY_REVALIDATE_SECRET')),
  }
  const projectId = read(source, 'SANITY_PROJECT_ID')
  const dataset = read(source, 'SANITY_DATASET')
  if (projectId && dataset) return { ...common, content: parseHosted(source, projectId, dataset) }
  if (projectId || dataset) {
    const missing = projectId ? 'SANITY_DATASET' : 'SANITY_PROJECT_ID'
    throw new EnvError(
      `${missing} is not set. Set both SANITY_PROJECT_ID and SANITY_DATASET to read the hosted Content Lake, or neither to use the embedded dataset.`,
    )
  }
  const datasetPath = read(source, 'EMBEDDED_DATASET_PATH')
  const contentLakeUrl = read(source, 'CONTENT_LAKE_URL')
  if (contentLakeUrl && !LOOPBACK_ORIGIN.test(contentLakeUrl)) {
    throw new EnvError(`CONTENT_LAKE_URL must be a loopback origin such as http://127.0.0.1:3001 (got "${contentLakeUrl}").`)
  }
  const queryTimingsFile = read(source, 'EMBEDDED_QUERY_TIMINGS')
  return {
    ...common,
    content: {
      kind: 'embedded',
      ...(datasetPath ? { datasetPath } : {}),
      ...(contentLakeUrl ? { contentLakeUrl: contentLakeUrl.replace(/\/$/, '') } : {}),
      ...(queryTimingsFile ? { queryTimingsFile } : {}),
    },
  }
}

let cached: AppEnv | undefined

export function getEnv(): AppEnv {
  cached ??= parseEnv(process.env)
  return cached
}
