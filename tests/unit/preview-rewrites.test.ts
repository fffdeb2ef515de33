import { existsSync } from 'node:fs'
import path from 'node:path'
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
