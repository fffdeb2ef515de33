/** Site-wide constants that are not configuration. next.config.mjs reaches this module (lib/preview/preview-rewrites.ts), so it stays import-free, erasable TypeScript. */
export const SITE_NAME = 'Health Portal'
export const SITE_DESCRIPTION =
  'Clear, medically reviewed articles on muscle, joint and back problems: causes, symptoms, when to see a doctor, treatment and recovery.'
/** The site's one locale (BCP 47): html lang, JSON-LD inLanguage and date formatting. */
export const SITE_LOCALE = 'en-GB'
/** The same locale as Open Graph spells it (language_TERRITORY). */
export const OPEN_GRAPH_LOCALE = SITE_LOCALE.replace('-', '_')

const region = (slug: string) => `/regions/${slug}`

/** The shared entities that have hubs, by document type, and the URL segment of their hubs and A–Z index. */
export const ENTITY_SEGMENTS = { cause: 'causes', symptom: 'symptoms', treatment: 'treatments' } as const
export type EntityType = keyof typeof ENTITY_SEGMENTS
export type EntitySegment = (typeof ENTITY_SEGMENTS)[EntityType]
export const ENTITY_TYPES = Object.keys(ENTITY_SEGMENTS) as EntityType[]

/** The entity type whose hubs live under a URL segment ("symptoms" → "symptom"), or null. */
export function entityTypeOf(segment: string): EntityType | null {
  return ENTITY_TYPES.find((type) => ENTITY_SEGMENTS[type] === segment) ?? null
}

const entityIndex = (type: EntityType) => `/${ENTITY_SEGMENTS[type]}`
const entity = (type: EntityType, slug: string) => `${entityIndex(type)}/${slug}`
/** Page 1 of a paged listing is its bare URL; later pages are `<bare>/page/<n>`. */
const listingPage = (bare: string, page: number) => (page <= 1 ? bare : `${bare}/page/${page}`)

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  region,
  /** Page 1 of a region's listing is the region page itself. */
  regionPage: (slug: string, page: number) => listingPage(region(slug), page),
  /** The A–Z index of every cause, symptom or treatment. */
  entityIndex,
  /** An entity's hub: every article that mentions it. */
  entity,
  /** Page 1 of a hub's listing is the hub itself. */
  entityPage: (type: EntityType, slug: string, page: number) => listingPage(entity(type, slug), page),
  search: () => '/search',
}

/** An absolute URL for a site path; the home page is the bare origin, as Next renders its canonical. */
export function absoluteUrl(origin: string, path: string): string {
  return path === '/' ? origin : origin + path
}
