import { expect, test } from '@playwright/test'
import { axeViolations } from './axe'
const SEED_SLUG = 'gluteus-medius-trigger-points'

/** Entity hubs and A–Z indexes on the committed dataset (14 articles; "Stiffness" is in 10 of them). */

const HUB = '/symptoms/stiffness'
const INDEX = '/symptoms'

test('a reader goes from an article\'s symptom to its hub and on to another article that lists it', async ({ page }) => {
  await page.goto(`/articles/${SEED_SLUG}`)
  const link = page.getByRole('main').getByRole('link', { name: 'Stiffness', exact: true })
  await expect(link).toHaveAttribute('href', HUB)
  await link.click()
  await expect(page).toHaveURL(HUB)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stiffness')
  await expect(page).toHaveTitle('Stiffness: conditions with this symptom | Health Portal')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/symptoms\/stiffness$/)
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home', 'Symptoms'])

  const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })
  await expect(cards).toHaveCount(10)
  // Each listed article names its region and what it says about stiffness.
  for (const card of await cards.all()) {
    await expect(card.getByRole('link')).toHaveCount(2)
    expect((await card.locator('.card__summary').textContent())?.length).toBeLessThanOrEqual(160)
  }
  const other = cards.filter({ hasNot: page.getByRole('link', { name: /Gluteus Medius/ }) }).first()
  const title = (await other.getByRole('heading', { level: 3 }).textContent()) ?? ''
  await other.getByRole('heading', { level: 3 }).getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('main').getByRole('link', { name: 'Stiffness', exact: true })).toHaveAttribute('href', HUB)
})

test('a treatment hub shows the kind of treatment', async ({ page }) => {
  await page.goto('/treatments/physical-therapy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Physical Therapy')
  await expect(page.locator('.kind-badge')).toHaveText('Kind of treatment: Conventional treatment')
})

test('an A–Z index jumps to a letter, shows empty letters unlinked, and counts articles', async ({ page }) => {
  await page.goto(INDEX)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Symptoms A to Z')
  const letters = page.getByRole('navigation', { name: 'Letters' })
  await expect(letters.getByRole('listitem')).toHaveCount(26)
  const linked = await letters.getByRole('link').allTextContents()
  expect(linked.length).toBeGreaterThan(0)
  expect(linked.length).toBeLessThan(26)
  // No symptom starts with X: the letter is there, read as "X (none)", but is not a link.
  const x = letters.getByRole('listitem').nth(23)
  await expect(x).toHaveText('X (none)')
  await expect(x.getByRole('link')).toHaveCount(0)

  await letters.getByRole('link', { name: 'S', exact: true }).click()
  await expect(page).toHaveURL(/#letter-s$/)
  const section = page.getByRole('region', { name: 'S', exact: true })
  await expect(section).toBeInViewport()
  const entry = section.getByRole('listitem').filter({ hasText: /^Stiffness/ })
  await expect(entry).toHaveText('Stiffness (10 articles)')
  await entry.getByRole('link').click()
  await expect(page).toHaveURL(HUB)
})

test('hubs past their last page, second page 1s and unknown entities are 404s', async ({ page }) => {
  for (const missing of [`${HUB}/page/2`, `${HUB}/page/1`, `${HUB}/page/02`, '/symptoms/no-such-symptom', '/causes/stiffness', '/ailments']) {
    const response = await page.goto(missing)
    expect(response?.status(), missing).toBe(404)
  }
  // The 404 page offers search, the regions and the A–Z indexes.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  const main = page.getByRole('main')
  await expect(main.getByRole('search')).toHaveAttribute('action', '/search')
  await expect(main.getByRole('link', { name: 'Hip and Pelvis' })).toHaveAttribute('href', '/regions/hip-and-pelvis')
  for (const [name, href] of [
    ['Symptoms A to Z', '/symptoms'],
    ['Causes A to Z', '/causes'],
    ['Treatments A to Z', '/treatments'],
  ] as const) {
    await expect(main.getByRole('link', { name })).toHaveAttribute('href', href)
  }
  await main.getByRole('searchbox').fill('stiffness')
  await main.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=stiffness$/)
})

test('the footer links the three A–Z indexes', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('contentinfo').getByRole('navigation', { name: 'A to Z' })
  await expect(nav.getByRole('link')).toHaveText(['Symptoms A to Z', 'Causes A to Z', 'Treatments A to Z'])
})

for (const width of [375, 1280]) {
  for (const [name, path] of [
    ['hub', HUB],
    ['a-z', INDEX],
  ] as const) {
    test(`axe finds no WCAG 2.2 AA violations on the ${name} page at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({
        path: process.env.HUB_SCREENSHOTS_DIR
          ? `${process.env.HUB_SCREENSHOTS_DIR}/hub-${name}-${width}.png`
          : testInfo.outputPath(`hub-${name}-${width}.png`),
        fullPage: true,
      })
    })
  }
}
