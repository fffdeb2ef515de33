import { expect, test } from '@playwright/test'
import { axeViolations } from './axe'

const PAGES = [
  '/',
  '/articles/gluteus-medius-trigger-points',
  '/articles/sciatica',
  '/regions/hip-and-pelvis',
  '/symptoms',
  '/treatments/physical-therapy',
  '/articles/no-such-article',
  '/no/such/page',
  '/studio',
]

for (const path of PAGES) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path)
    expect(await axeViolations(page)).toEqual([])
  })
}

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto('/articles/gluteus-medius-trigger-points')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  const outline = await skip.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(outline).toBe('rgb(255, 235, 59)')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
})
