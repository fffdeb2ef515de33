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

export function previewRewrites() {
  return PAGE_ROUTES.map((source) => ({
    source,
    has: [{ type: 'cookie' as const, key: DRAFT_MODE_COOKIE }],
    destination: source === '/' ? PREVIEW_PREFIX : `${PREVIEW_PREFIX}${source.replace(HUB, ':hub')}`,
  }))
}
