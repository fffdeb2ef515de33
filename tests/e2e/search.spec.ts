import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const SEARCH_LABEL = 'Search for a condition, symptom or treatment'

/** The search page, once its index has loaded (the region filter is enabled then). */
async function openSearch(page: Page, path = '/search') {
  await page.goto(path)
  await expect(page.getByLabel('Body region')).toBeEnabled()
}

const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.search-result') }).getByRole('listitem')

test('a reader types a condition, hears how many results there are and opens one', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('piriformis')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “piriformis”\.$/)
  const first = results(page).first()
  await expect(first.getByRole('link')).toHaveText('Piriformis Syndrome: Causes, Symptoms and Treatment')
  await expect(first).toContainText('Hip and Pelvis')
  await expect(first.locator('mark').first()).toHaveText(/piriformis/i)
  await first.getByRole('link').click()
  await expect(page).toHaveURL(/\/articles\/piriformis-syndrome$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piriformis Syndrome: Causes, Symptoms and Treatment')
})

test('the region filter narrows results to one body region, and the address bar keeps the search', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('stiffness')
  await expect(page.getByRole('status')).toHaveText(/results? for “stiffness”\.$/)
  const everywhere = await results(page).count()
  await page.getByLabel('Body region').selectOption('Knee')
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee\.$/)
  const inKnee = results(page)
  await expect(inKnee.first()).toBeVisible()
  expect(await inKnee.count()).toBeLessThan(everywhere)
  for (const item of await inKnee.all()) await expect(item.locator('.search-result__region')).toHaveText('Knee')
  await expect(page).toHaveURL(/\?q=stiffness&region=Knee$/)
  await page.reload()
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee\.$/)
})

test('the header search box sends the reader to results', async ({ page }) => {
  await page.goto('/articles/gluteus-medius-trigger-points')
  const header = page.getByRole('search', { name: 'Site' })
  await header.getByLabel('Search the site').fill('sciatica')
  await header.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=sciatica$/)
  await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('sciatica')
  await expect(results(page).getByRole('link', { name: /^Sciatica/ }).first()).toBeVisible()
})

test('a search with no match says so', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('zzzyzx')
  await expect(page.getByRole('status')).toHaveText('No results for “zzzyzx”.')
  await expect(page.locator('.search-result')).toHaveCount(0)
})

test('axe finds no WCAG 2.2 AA violations on search results', async ({ page }) => {
  await openSearch(page, '/search?q=knee')
  await expect(results(page).first()).toBeVisible()
  const found = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('a results URL is the search page to search engines: the same page, with /search as its canonical', async ({
  page,
  request,
}) => {
  const bare = await (await request.get('/search')).text()
  const withQuery = await (await request.get('/search?q=knee')).text()
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0]
  expect(main(withQuery)).toBe(main(bare))
  await openSearch(page, '/search?q=knee')
  await expect(results(page).first()).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/search')
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
})

test('the index route serves only files of the index', async ({ request }) => {
  expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200)
  for (const path of ['/pagefind/..%2FBUILD_ID', '/pagefind/%2e%2e/%2e%2e/package.json', '/pagefind/fragment/..', '/pagefind/nope.js']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toMatch(/at .*\(|Error:/)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the search page says search needs JavaScript and offers the regions instead', async ({ page }) => {
    await page.goto('/search?q=hip')
    await expect(page.getByText('Search needs JavaScript')).toBeVisible()
    await page.getByRole('link', { name: 'home page', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Browse by body region' })).toBeVisible()
  })
})
