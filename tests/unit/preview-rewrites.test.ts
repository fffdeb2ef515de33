import { existsSync } from 'node:fs'
import path from 'node:path'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'
import { PAGE_ROUTES, PREVIEW_PREFIX, previewRewrites } from '@/lib/preview/preview-rewrites'
import { DRAFT_MODE_COOKIE } from '@/lib/security-headers'

// The app/ folder a route in Next's path syntax is served from, under a route group or the preview copy.
const routeFile = (root: string, source: string) =>
  path.join('app', root, ...source.split('/').filter(Boolean).map((part) => (part.startsWith(':') ? `[${part.slice(1).replace(/\(.*\)$/, '')}]` : part)), 'page.tsx')

describe('draft preview rewrites', () => {
  it('cover every page of the site, each with its preview copy', () => {
    for (const source of PAGE_ROUTES) {
      expect(existsSync(routeFile('(site)', source)), `app/(site) has ${source}`).toBe(true)
      expect(existsSync(routeFile('preview', source)), `app/preview has ${source}`).toBe(true)
    }
  })

  it('rewrite only requests that carry the draft-mode cookie, into the preview copy', () => {
    for (const rule of previewRewrites()) {
      expect(rule.has).toEqual([{ type: 'cookie', key: DRAFT_MODE_COOKIE }])
      expect(rule.destination.startsWith(PREVIEW_PREFIX)).toBe(true)
      expect(rule.destination).not.toContain('(')
    }
  })
})

/** Where Next's own matcher sends `pathname` under `rules` (draft-mode cookie present), or null when no rule matches. */
function rewritten(rules: { source: string; destination: string }[], pathname: string): string | null {
  for (const rule of rules) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname)
    if (params) return prepareDestination({ appendParamsToQuery: false, destination: rule.destination, params, query: {} }).parsedDestination.pathname ?? null
  }
  return null
}

// One rule per page route, each to its preview copy: what the two rules must be equivalent to.
const perRoute = PAGE_ROUTES.map((source) => ({
  source,
  destination: source === '/' ? PREVIEW_PREFIX : `${PREVIEW_PREFIX}${source.replace(/:hub\([^)]*\)/, ':hub')}`,
}))

const PATHS = [
  '/',
  '/articles/hip-pain',
  '/articles/a%2Fb',
  '/regions/hip-and-pelvis',
  '/regions/hip-and-pelvis/page/2',
  '/search',
  '/symptoms',
  '/causes/overuse',
  '/treatments/physical-therapy/page/3',
  // Not pages: the same for editors and readers.
  '/articles',
  '/articles/hip-pain/opengraph-image-abc123',
  '/articles/hip-pain/',
  '/regions/hip/page',
  '/regions/hip/page/2/more',
  '/symptomsx',
  '/widgets/x',
  '/api/revalidate',
  '/api/draft-mode/enable',
  '/studio',
  '/studio/structure',
  '/sitemap.xml',
  '/sitemaps/1',
  '/robots.txt',
  '/api/search',
  '/preview/articles/hip-pain',
  '/_next/static/chunks/a.js',
]

describe('the rewrite rules', () => {
  it('are two, whatever the number of page routes (Next compiles each one on every request)', () => {
    expect(previewRewrites()).toHaveLength(2)
  })

  it.each(PATHS)('send %j where a rule per page route would', (pathname) => {
    expect(rewritten(previewRewrites(), pathname)).toBe(rewritten(perRoute, pathname))
  })

  it('send every page to its preview copy and nothing else anywhere', () => {
    expect(rewritten(previewRewrites(), '/articles/hip-pain')).toBe('/preview/articles/hip-pain')
    expect(rewritten(previewRewrites(), '/symptoms/stiffness/page/2')).toBe('/preview/symptoms/stiffness/page/2')
    expect(rewritten(previewRewrites(), '/')).toBe('/preview')
    expect(rewritten(previewRewrites(), '/api/revalidate')).toBeNull()
  })
})
