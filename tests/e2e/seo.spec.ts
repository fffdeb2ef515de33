import { expect, test, type APIRequestContext } from '@playwright/test'

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!)

/** Every page URL in the sitemap, following a sitemap index when there is one. */
async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('xml')
  const xml = await response.text()
  if (!xml.includes('<sitemapindex')) return locs(xml)
  const pages = await Promise.all(locs(xml).map((loc) => request.get(new URL(loc).pathname)))
  return (await Promise.all(pages.map((page) => page.text()))).flatMap(locs)
}

/** Hubs and A–Z indexes put ~90 URLs in the sitemap: a test that visits each allows each its share of time. */
const allowTimeFor = (urls: string[]) => test.setTimeout(Math.max(30_000, urls.length * 1_000))

test('every sitemap URL is a 200 page with its own canonical, one h1 and valid JSON-LD', async ({
  page,
  request,
}) => {
  const urls = await sitemapUrls(request)
  allowTimeFor(urls)
  expect(urls.length).toBeGreaterThan(10)
  expect(urls).toContain('http://localhost:3000/articles/gluteus-medius-trigger-points')
  expect(urls).toContain('http://localhost:3000/symptoms/stiffness')
  expect(urls).toContain('http://localhost:3000/symptoms')
  for (const url of urls) {
    const response = await page.goto(new URL(url).pathname)
    expect(response?.status(), url).toBe(200)
    await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute('href', url)
    await expect(page.locator('h1'), url).toHaveCount(1)
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(blocks.length, url).toBeGreaterThan(0)
    for (const block of blocks) expect(() => JSON.parse(block), url).not.toThrow()
    await expect(page.locator('html'), url).toHaveAttribute('lang', 'en-GB')
  }
})

test('an article describes itself to search engines', async ({ page }) => {
  await page.goto('/articles/gluteus-medius-trigger-points')
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (b) => JSON.parse(b) as Record<string, unknown>,
  )
  expect(blocks.map((b) => b['@type']).sort()).toEqual(['BreadcrumbList', 'MedicalWebPage'])
  const meta = (selector: string) => page.locator(selector).getAttribute('content')
  expect(await meta('meta[property="og:type"]')).toBe('article')
  expect(await meta('meta[property="og:url"]')).toBe('http://localhost:3000/articles/gluteus-medius-trigger-points')
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  expect(await meta('meta[property="article:modified_time"]')).toMatch(/^2026-11-16/)
  const image = await meta('meta[property="og:image"]')
  expect(image).toMatch(/\/articles\/gluteus-medius-trigger-points\/opengraph-image/)
  const png = await page.request.get(new URL(image!).pathname)
  expect(png.status()).toBe(200)
  expect(png.headers()['content-type']).toBe('image/png')
  expect((await png.body()).length).toBeGreaterThan(5_000)
  // Rendered once, then served from the cache as a static file.
  const again = await page.request.get(new URL(image!).pathname)
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
})

// API routes answer only signed or secret-bearing requests and are linked from nowhere, so robots.txt need not list them.
test('robots.txt points to the sitemap and keeps crawlers out of the Studio and the preview copies', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml')
  expect(robots).toMatch(/Disallow: \/studio/)
  expect(robots).toMatch(/Disallow: \/preview/)
})

test('a preview copy fetched by its own path shows the published page and is never indexed', async ({ request }) => {
  const published = await request.get('/articles/gluteus-medius-trigger-points')
  const copy = await request.get('/preview/articles/gluteus-medius-trigger-points')
  expect(copy.status()).toBe(200)
  expect(copy.headers()['x-robots-tag']).toBe('noindex, nofollow')
  expect(published.headers()['x-robots-tag']).toBeUndefined()
  // No draft mode without Next's own cookie: no banner, and the canonical is the public page.
  const html = await copy.text()
  expect(html).not.toContain('Preview mode')
  expect(html).toContain('<link rel="canonical" href="http://localhost:3000/articles/gluteus-medius-trigger-points"')
})

test('the Studio and missing pages are not indexed', async ({ page }) => {
  for (const path of ['/studio', '/no/such/page']) {
    await page.goto(path)
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute('content', /noindex/)
  }
})

test('every page has a unique title', async ({ page, request }) => {
  const titles = new Map<string, string>()
  const urls = await sitemapUrls(request)
  allowTimeFor(urls)
  for (const url of urls) {
    await page.goto(new URL(url).pathname)
    const title = await page.title()
    expect(titles.get(title), `${url} repeats the title of ${titles.get(title)}`).toBeUndefined()
    titles.set(title, url)
  }
})
