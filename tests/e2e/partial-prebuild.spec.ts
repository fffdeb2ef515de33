import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { mostPagedListing } from './paged-listings'

/**
 * Runs against the 700-article build (the `large-dataset` project), which
 * scripts/test-all.sh makes as a partial prebuild: only the most recently
 * reviewed articles and the first two pages of each listing are rendered by
 * `next build`; the rest render on their first request and are cached after.
 * Whichever count the build uses, the newest article is among the prerendered
 * and the oldest is not. "First request" means the server's first: the gate
 * starts a fresh one; a rerun against a server kept running sees the cache.
 */

interface Doc {
  _type: string
  slug?: { current?: string }
  lastReviewed?: string
}

function articlesByReview(): string[] {
  const file = process.env.LARGE_DATASET ?? '.next-large-dataset.ndjson'
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Doc)
    .filter((doc) => doc._type === 'article' && doc.slug?.current)
    .sort(
      (a, b) => (b.lastReviewed ?? '').localeCompare(a.lastReviewed ?? '') || a.slug!.current!.localeCompare(b.slug!.current!),
    )
    .map((doc) => doc.slug!.current!)
}

async function cacheStates(request: APIRequestContext, path: string) {
  const first = await request.get(path)
  const second = await request.get(path)
  return { first, second, states: [first.headers()['x-nextjs-cache'], second.headers()['x-nextjs-cache']] }
}

test('the most recently reviewed article is served as built; the oldest renders on its first request, then from the cache', async ({
  request,
  page,
}) => {
  const slugs = articlesByReview()
  const newest = await cacheStates(request, `/articles/${slugs[0]}`)
  expect(newest.states).toEqual(['HIT', 'HIT'])

  const oldestPath = `/articles/${slugs.at(-1)}`
  const oldest = await cacheStates(request, oldestPath)
  expect(oldest.first.status()).toBe(200)
  expect(oldest.states).toEqual(['MISS', 'HIT'])
  // Rendered on demand, it is the same page a prerendered article is: content, metadata and structured data.
  expect(await oldest.second.text()).toBe(await oldest.first.text())
  await page.goto(oldestPath)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${oldestPath}$`))
  const types = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (block) => (JSON.parse(block) as { '@type': string })['@type'],
  )
  expect(types.sort()).toEqual(['BreadcrumbList', 'MedicalWebPage'])
})

test('a hub prerenders its first listing pages; later ones render on first request, then from the cache', async ({
  page,
  request,
}) => {
  // Treatment hubs: the paged-hub spec walks every page of a symptom hub, which would have cached them.
  const hub = await mostPagedListing(page, '/treatments', 3)
  expect((await cacheStates(request, `${hub.path}/page/2`)).states).toEqual(['HIT', 'HIT'])
  const last = await cacheStates(request, `${hub.path}/page/${hub.pages}`)
  expect(last.first.status()).toBe(200)
  expect(last.states).toEqual(['MISS', 'HIT'])
})

test('the sitemap lists every article, prerendered or not', async ({ request }) => {
  const slugs = articlesByReview()
  const root = await (await request.get('/sitemap.xml')).text()
  // Past 50 000 URLs /sitemap.xml is an index of sitemap pages; below, it lists the URLs itself.
  const files = root.includes('<sitemapindex')
    ? await Promise.all(
        [...root.matchAll(/<loc>([^<]+)<\/loc>/g)].map(async ([, loc]) => (await request.get(new URL(loc!).pathname)).text()),
      )
    : [root]
  const listed = new Set(files.flatMap((xml) => [...xml.matchAll(/\/articles\/([^<]+)<\/loc>/g)].map(([, slug]) => slug!)))
  expect(slugs.filter((slug) => !listed.has(slug))).toEqual([])
})
