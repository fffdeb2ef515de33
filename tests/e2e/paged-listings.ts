import type { Page } from '@playwright/test'

/**
 * The listing under `section` ("/regions", "/symptoms") with the most pages, found through the sitemap as a
 * search engine would, failing unless it has at least `minPages`.
 */
export async function mostPagedListing(page: Page, section: string, minPages = 3): Promise<{ path: string; pages: number }> {
  const response = await page.request.get('/sitemap.xml')
  const escaped = section.replace(/\//g, '\\/')
  const locs = [...(await response.text()).matchAll(new RegExp(`<loc>[^<]*?(${escaped}\\/[^<]*)<\\/loc>`, 'g'))].map(
    (m) => m[1] ?? '',
  )
  const counts = new Map<string, number>()
  for (const loc of locs) {
    const [, listing, n] = new RegExp(`^(${escaped}\\/[^/]+)(?:\\/page\\/(\\d+))?$`).exec(loc) ?? []
    if (listing) counts.set(listing, Math.max(counts.get(listing) ?? 1, Number(n ?? 1)))
  }
  const [path, pages] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 1]
  if (pages < minPages) throw new Error(`nothing under ${section} has ${minPages} listing pages in the sitemap: ${locs.join(' ')}`)
  return { path, pages }
}
