/** Site-wide constants that are not configuration. */
export const SITE_NAME = 'Health Portal'
export const SITE_DESCRIPTION =
  'Clear, medically reviewed articles on muscle, joint and back problems: causes, symptoms, when to see a doctor, treatment and recovery.'
export const SITE_LOCALE = 'en'

const region = (slug: string) => `/regions/${slug}`

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  region,
  /** Page 1 of a region's listing is the region page itself. */
  regionPage: (slug: string, page: number) => (page <= 1 ? region(slug) : `${region(slug)}/page/${page}`),
  search: () => '/search',
  /** Where the Pagefind bundle is served from (app/pagefind/[...file]). */
  searchBundle: () => '/pagefind/',
}

/** An absolute URL for a site path; the home page is the bare origin, as Next renders its canonical. */
export function absoluteUrl(origin: string, path: string): string {
  return path === '/' ? origin : origin + path
}
