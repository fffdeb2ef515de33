import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

/**
 * Full-page screenshots of each page type a reader meets, on a phone and a
 * desktop width, kept as test artifacts (attached to the report and written
 * to test-results/screenshots/) so a person can look at every one. Each shot
 * also checks the one thing a picture hides: nothing wider than the viewport.
 */

const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'region', path: '/regions/hip-and-pelvis' },
  { name: 'article', path: '/articles/gluteus-medius-trigger-points' },
  { name: 'hub', path: '/symptoms/hip-pain' },
  { name: 'a-to-z', path: '/symptoms' },
  {
    name: 'search',
    path: '/search?q=pain',
    ready: async (page) => {
      await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “pain”/)
      await expect(page.locator('.search-result').first()).toBeVisible()
    },
  },
]

for (const width of [375, 1280]) {
  for (const { name, path, ready } of PAGES) {
    test(`screenshot of the ${name} page at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      await ready?.(page)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
      const shot = await page.screenshot({
        fullPage: true,
        path: join(testInfo.project.outputDir, 'screenshots', `${name}-${width}.png`),
      })
      await testInfo.attach(`${name}-${width}`, { body: shot, contentType: 'image/png' })
    })
  }
}
