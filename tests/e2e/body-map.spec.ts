import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const map = (page: import('@playwright/test').Page) => page.getByRole('group', { name: 'Choose where it hurts' })

test('the body map names a link for each region it draws, and each opens that region', async ({ page }) => {
  await page.goto('/')
  const links = map(page).getByRole('link')
  await expect(links).toHaveCount(6)
  await expect(map(page).getByRole('link', { name: /^Lower Back \(\d+ articles?\)$/ })).toBeVisible()
  // A pointer lands on a drawn knee, not between the two.
  await map(page).getByRole('link', { name: /^Knee \(/ }).locator('.body-map__area').first().click()
  await expect(page).toHaveURL(/\/regions\/knee$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Knee conditions')
})

test('a keyboard user reaches a region on the map, sees it highlighted and opens it', async ({ page }) => {
  await page.goto('/')
  const knee = map(page).getByRole('link', { name: /^Knee \(/ })
  for (let i = 0; i < 40 && !(await knee.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(knee).toBeFocused()
  // The focused region turns the site's focus yellow, not only a colour change of its own.
  const fill = await knee.locator('.body-map__area').first().evaluate((el) => getComputedStyle(el).fill)
  expect(fill).toBe('rgb(255, 235, 59)')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/regions\/knee$/)
})

for (const width of [375, 1280]) {
  test(`axe finds no WCAG 2.2 AA violations on the home page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
}
