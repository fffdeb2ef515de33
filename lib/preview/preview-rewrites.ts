/**
 * Draft preview renders the site's pages from their copies under app/preview/,
 * whose layout alone imports the visual-editing overlay: a client component
 * the public layout imported would ship in every public page's scripts,
 * rendered or not. A request carrying Next's draft-mode cookie is rewritten
 * there before Next looks for a prerendered page; the browser's URL stays the
 * page's own. next.config.mjs imports this module (Node strips its types), so
 * it stays plain, erasable TypeScript with relative imports only.
 *
 * Only page routes are listed: API routes, the Studio, files, the sitemap and
 * unknown paths (the public 404) are the same for editors and readers.
 */
import { DRAFT_MODE_COOKIE } from '../security-headers.ts'
import { ENTITY_SEGMENTS } from '../site.ts'

export const PREVIEW_PREFIX = '/preview'

const HUB = `:hub(${Object.values(ENTITY_SEGMENTS).join('|')})`

/** Every page route of app/(site), in Next's path syntax. */
export const PAGE_ROUTES = [
  '/',
  '/articles/:slug',
  '/regions/:slug',
  '/regions/:slug/page/:page',
  '/search',
  `/${HUB}`,
  `/${HUB}/:slug`,
  `/${HUB}/:slug/page/:page`,
]

/** A page route after its leading slash as a regular expression, without capturing groups (Next's path syntax forbids them in a parameter). */
function routePattern(source: string): string {
  return source
    .slice(1)
    .split('/')
    .map((part) => {
      const custom = /^:\w+\((.*)\)$/.exec(part)
      if (custom) return `(?:${custom[1]})`
      return part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
}

/**
 * Two rules for every page route: the home page, and one pattern for all the
 * others that keeps the path. Not one rule per route: Next's page handler
 * compiles every rewrite's pattern again on each request, cookie or not (an
 * article spent ~45 us of its ~650 us there with eight rules; bench/RESULTS.md,
 * "Serving"). tests/unit/preview-rewrites.test.ts checks with Next's own
 * matcher that the two rules rewrite exactly what a rule per route would.
 */
export function previewRewrites() {
  const has = [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }]
  const pages = PAGE_ROUTES.filter((source) => source !== '/').map(routePattern)
  return [
    { source: '/', has, destination: PREVIEW_PREFIX },
    { source: `/:page(${pages.join('|')})`, has, destination: `${PREVIEW_PREFIX}/:page` },
  ]
}
