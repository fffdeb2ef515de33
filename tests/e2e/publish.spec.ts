import { expect, test, type Page } from '@playwright/test'
import { readCommittedDocuments } from '@/support/datasets'
import { e2eLake } from '../support/e2e-lake'

/**
 * Publish → revalidate on the embedded default, as `npm start` runs it
 * (playwright.config.ts): a change published to the local Content Lake sends
 * a signed webhook to /api/revalidate, and the very next request for every
 * page that shows the changed document has the change, while a page that
 * does not show it keeps its generation (`data-generated-at` on <html>).
 */

const PORT = Number(process.env.E2E_PORT ?? 3100)
const LAKE = e2eLake(PORT)

// A symptom no other spec reads or edits (studio.spec.ts edits Stiffness and Swelling), listed by several articles.
const SYMPTOM_ID = 'symptom-muscle-spasms'
const documents = readCommittedDocuments()
const symptom = documents.find((doc) => doc._id === SYMPTOM_ID)!
const slugOf = (doc: Record<string, unknown>) => (doc.slug as { current: string }).current
const listing = documents.filter((doc) => doc._type === 'article' && JSON.stringify(doc).includes(`"${SYMPTOM_ID}"`))
const unrelated = documents.find((doc) => doc._type === 'article' && !listing.includes(doc))!

test.describe.configure({ mode: 'serial' })

const mutate = async (mutations: unknown[]) => {
  const response = await fetch(`${LAKE.origin}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })
  expect(response.ok).toBe(true)
}

/** The articles the site search finds for `term`, as the search API answers (its first page). */
async function searchUrls(page: Page, term: string): Promise<string[]> {
  const response = await page.request.get(`/api/search?q=${encodeURIComponent(term)}`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { hits: { url: string }[] }).hits.map((hit) => hit.url).sort()
}

async function generatedAt(page: Page, path: string): Promise<string> {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  return (await page.locator('html').getAttribute('data-generated-at'))!
}

test.afterAll(async ({ browser }) => {
  // The working copy is shared by every spec of the run: put the symptom back as it was. And `next start`
  // keeps regenerated pages in the build folder (.next/server/route-cache/), where the next run's server
  // would find them: request the pages, so they regenerate with the original text.
  await mutate([{ patch: { id: SYMPTOM_ID, set: { name: symptom.name, summary: symptom.summary } } }])
  const page = await browser.newPage()
  for (const path of [...listing.map((article) => `/articles/${slugOf(article)}`), `/symptoms/${slugOf(symptom)}`, '/symptoms']) {
    await expect
      .poll(async () => {
        await page.goto(path)
        return page.getByRole('main').textContent()
      }, { timeout: 5_000 })
      .not.toContain('(corrected ')
  }
  await page.close()
})

test('a corrected shared symptom is on the next request of every article listing it and of its hub; an unrelated article is not regenerated', async ({
  page,
}) => {
  expect(listing.length).toBeGreaterThan(1)
  const before = await generatedAt(page, `/articles/${slugOf(unrelated)}`)
  for (const article of listing) {
    await page.goto(`/articles/${slugOf(article)}`)
    await expect(page.getByRole('main')).toContainText(String(symptom.name))
  }

  const stamp = Date.now()
  const name = `Muscle Spasms (corrected ${stamp})`
  const summary = `Sudden, involuntary tightening of a muscle (corrected ${stamp}).`
  await mutate([{ patch: { id: SYMPTOM_ID, set: { name, summary } } }])

  // The lake answers the mutation before it delivers the webhook; the site answers the webhook before
  // the page is regenerated. Poll the first page briefly for that delivery, then every page must have it at once.
  const [first, ...rest] = listing
  await expect
    .poll(async () => {
      await page.goto(`/articles/${slugOf(first!)}`)
      return page.getByRole('main').textContent()
    }, { timeout: 5_000, intervals: [100, 200, 400] })
    .toContain(name)
  for (const article of rest) {
    await page.goto(`/articles/${slugOf(article)}`)
    await expect(page.getByRole('main'), slugOf(article)).toContainText(name, { timeout: 1 })
  }
  await page.goto(`/symptoms/${slugOf(symptom)}`)
  await expect(page.getByRole('main')).toContainText(summary, { timeout: 1 })
  await page.goto('/symptoms')
  await expect(page.getByRole('main')).toContainText(name, { timeout: 1 })

  expect(await generatedAt(page, `/articles/${slugOf(unrelated)}`)).toBe(before)

  // Search follows: the server rewrites its index once publishing is quiet, and every article listing the
  // symptom is found by its corrected name.
  await expect
    .poll(async () => searchUrls(page, String(stamp)), { timeout: 15_000, intervals: [250, 500, 1000] })
    .toEqual(listing.map((article) => `/articles/${slugOf(article)}`).sort())
})

test('a new article appears at its URL and in its region listing; a changed slug moves it (old URL 404); a deleted one is gone', async ({
  page,
}) => {
  // Foot and Ankle: no other spec counts its articles. Stiffness left out: hubs.spec.ts counts its articles.
  // noIndex: seo.spec.ts visits every sitemap URL meanwhile, and this one is deleted again (the sitemap's
  // tags are covered by tests/unit/cache-tags.test.ts).
  const template = documents.find((doc) => doc._id === 'article-plantar-fasciitis')!
  const symptoms = template.symptoms as { items: { symptom: { _ref: string } }[] }
  const title = `Publish check condition ${Date.now()}`
  const id = 'article-publish-e2e'
  const { _rev, _createdAt, _updatedAt, ...content } = template
  const created = {
    ...content,
    _id: id,
    title,
    conditionName: title,
    slug: { _type: 'slug', current: 'publish-e2e-new' },
    symptoms: { ...symptoms, items: symptoms.items.filter((item) => item.symptom._ref !== 'symptom-stiffness') },
    seo: { ...(template.seo as object), noIndex: true },
  }
  const region = '/regions/foot-and-ankle'
  const visible = async (path: string) => {
    const response = await page.goto(path)
    return response?.status() === 200 && ((await page.getByRole('main').textContent()) ?? '').includes(title)
  }
  const status = async (path: string) => (await page.goto(path))?.status()

  // A reader tried the address before the article existed: the site keeps that 404 like any page, and the
  // publish must replace it.
  expect(await status('/articles/publish-e2e-new')).toBe(404)
  await mutate([{ create: created }])
  await expect.poll(() => visible('/articles/publish-e2e-new'), { timeout: 5_000 }).toBe(true)
  expect(await visible(region)).toBe(true)
  const titleWord = title.split(' ').at(-1)!
  await expect.poll(() => searchUrls(page, titleWord), { timeout: 15_000 }).toEqual(['/articles/publish-e2e-new'])

  await mutate([{ patch: { id, set: { 'slug.current': 'publish-e2e-renamed' } } }])
  await expect.poll(() => status('/articles/publish-e2e-new'), { timeout: 5_000 }).toBe(404)
  expect(await visible('/articles/publish-e2e-renamed')).toBe(true)
  expect(await visible(region)).toBe(true)

  await mutate([{ delete: { id } }])
  await expect.poll(() => status('/articles/publish-e2e-renamed'), { timeout: 5_000 }).toBe(404)
  expect(await visible(region)).toBe(false)
  await expect.poll(() => searchUrls(page, titleWord), { timeout: 15_000 }).toEqual([])
})

test('/api/revalidate refuses an unsigned delivery, and any method but POST', async ({ request }) => {
  const unsigned = await request.post('/api/revalidate', { data: { _id: SYMPTOM_ID, _type: 'symptom' } })
  expect(unsigned.status()).toBe(401)
  const get = await request.get('/api/revalidate')
  expect(get.status()).toBe(405)
  expect(get.headers().allow).toBe('POST')
})
