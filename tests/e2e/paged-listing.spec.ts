import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './axe'
import { mostPagedListing } from './paged-listings'

/**
 * Runs against the site built on a generated 700-article dataset (the
 * `large-dataset` project), where regions list more than one page.
 */

/** A region with at least three listing pages. */
const pagedRegion = (page: Page) => mostPagedListing(page, '/regions')

const cards = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 })
const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' })

test('a reader pages through a region 24 articles at a time, in title order', async ({ page }) => {
  const region = await pagedRegion(page)
  await page.goto(region.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/ conditions$/)
  await expect(cards(page)).toHaveCount(24)
  await expect(page.getByText(new RegExp(`^Articles 1 to 24 of \\d+, page 1 of ${region.pages}$`))).toBeVisible()
  await expect(pagination(page).getByRole('link')).toHaveText([`Next page: 2 of ${region.pages}`])
  const firstPage = await cards(page).allTextContents()

  await pagination(page).getByRole('link', { name: /^Next page/ }).click()
  await expect(page).toHaveURL(`${region.path}/page/2`)
  await expect(page).toHaveTitle(new RegExp(`conditions, page 2 of ${region.pages} \\| Health Portal$`))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${region.path}/page/2$`))
  await expect(page.getByText(/^Articles 25 to 48 of \d+/)).toBeVisible()
  const secondPage = await cards(page).allTextContents()
  expect(secondPage).toHaveLength(24)
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([])
  const titles = [...firstPage, ...secondPage]
  expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

  await expect(pagination(page).getByRole('link')).toHaveText([
    `Previous page: 1 of ${region.pages}`,
    `Next page: 3 of ${region.pages}`,
  ])
  await pagination(page).getByRole('link', { name: /^Previous page/ }).click()
  await expect(page).toHaveURL(region.path)
})

test('the last page has no next link, and pages past it or a second page 1 do not exist', async ({ page }) => {
  const region = await pagedRegion(page)
  await page.goto(`${region.path}/page/${region.pages}`)
  await expect(pagination(page).getByRole('link')).toHaveText([`Previous page: ${region.pages - 1} of ${region.pages}`])
  for (const missing of [`/page/${region.pages + 1}`, '/page/1', '/page/02', '/page/two']) {
    const response = await page.goto(region.path + missing)
    expect(response?.status(), missing).toBe(404)
  }
})

test('a later listing page places its articles within the whole list for search engines', async ({ page }) => {
  const region = await pagedRegion(page)
  await page.goto(`${region.path}/page/2`)
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  const collection = blocks
    .map((text) => JSON.parse(text) as { '@type': string; mainEntity?: { itemListElement: { position: number }[] } })
    .find((data) => data['@type'] === 'CollectionPage')
  expect(collection?.mainEntity?.itemListElement.map((item) => item.position)).toEqual(
    Array.from({ length: 24 }, (_, i) => 25 + i),
  )
})

for (const width of [375, 1280]) {
  test(`axe finds no WCAG 2.2 AA violations on a middle listing page at ${width} px`, async ({ page }) => {
    const region = await pagedRegion(page)
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`${region.path}/page/2`)
    expect(await axeViolations(page)).toEqual([])
  })
}
