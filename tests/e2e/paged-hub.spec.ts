import { expect, test, type Page } from '@playwright/test'
import { mostPagedListing } from './paged-listings'

/**
 * Runs against the site built on a generated 700-article dataset (the
 * `large-dataset` project), whose most shared symptoms are listed by far more
 * than 24 articles, so their hubs page.
 */

/** The symptom hub with the most listing pages. */
const pagedHub = (page: Page) => mostPagedListing(page, '/symptoms')

const articleLinks = (page: Page) => page.getByRole('main').locator('.hub-card h3 a')
const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' })

test('page 2 of a symptom hub has its own title and canonical, and the pagination links move between pages', async ({
  page,
}) => {
  const hub = await pagedHub(page)
  await page.goto(hub.path)
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await expect(page).toHaveTitle(`${name}: conditions with this symptom | Health Portal`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${hub.path}$`))
  await expect(articleLinks(page)).toHaveCount(24)
  await expect(page.getByText(new RegExp(`^Articles 1 to 24 of \\d+, page 1 of ${hub.pages}$`))).toBeVisible()

  await pagination(page).getByRole('link', { name: /^Next page/ }).click()
  await expect(page).toHaveURL(`${hub.path}/page/2`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page).toHaveTitle(`${name}: conditions with this symptom, page 2 of ${hub.pages} | Health Portal`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${hub.path}/page/2$`))
  await expect(page.getByText(/^Articles 25 to 48 of \d+/)).toBeVisible()
  await expect(pagination(page).getByRole('link')).toHaveText([
    `Previous page: 1 of ${hub.pages}`,
    `Next page: 3 of ${hub.pages}`,
  ])
  await pagination(page).getByRole('link', { name: /^Previous page/ }).click()
  await expect(page).toHaveURL(hub.path)
})

test('past the last page of a hub, and a second page 1, are not found', async ({ page }) => {
  const hub = await pagedHub(page)
  const last = await page.goto(`${hub.path}/page/${hub.pages}`)
  expect(last?.status()).toBe(200)
  await expect(pagination(page).getByRole('link')).toHaveText([`Previous page: ${hub.pages - 1} of ${hub.pages}`])
  for (const missing of [`/page/${hub.pages + 1}`, '/page/1', '/page/0']) {
    const response = await page.goto(hub.path + missing)
    expect(response?.status(), missing).toBe(404)
  }
})

test('paging through a hub lists every article that names the symptom exactly once', async ({ page }) => {
  test.setTimeout(120_000)
  const hub = await pagedHub(page)
  await page.goto(hub.path)
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  const heading = await page.getByRole('heading', { level: 2, name: /^Conditions with this symptom/ }).textContent()
  const total = Number(/\((\d+)\)$/.exec(heading ?? '')?.[1])

  const seen: string[] = []
  for (let n = 1; n <= hub.pages; n++) {
    if (n > 1) await page.goto(`${hub.path}/page/${n}`)
    const links = await articleLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(links.length, `page ${n}`).toBe(n < hub.pages ? 24 : total - 24 * (hub.pages - 1))
    seen.push(...links)
  }
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen).toHaveLength(total)

  // The same number, counted independently: the A–Z index's count for this symptom.
  await page.goto('/symptoms')
  const entry = page.locator('.az-entry').filter({ has: page.getByRole('link', { name, exact: true }) })
  await expect(entry.locator('.az-entry__count')).toHaveText(`(${total} articles)`)

  // And each article really lists the symptom: spot-check the first and the last one seen.
  for (const href of [seen[0]!, seen.at(-1)!]) {
    await page.goto(href)
    await expect(page.getByRole('region', { name: 'Symptoms' }).getByRole('link', { name, exact: true })).toBeVisible()
  }
})
