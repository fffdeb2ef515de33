import { expect, test, type Page } from '@playwright/test'
import { readCommittedDocuments } from '@/support/datasets'
import { e2eLake } from '../support/e2e-lake'

/**
 * Draft preview through the Studio's Presentation tool on the embedded
 * default, no hosted account: an unpublished edit shows on the real page in
 * the tool's iframe, marked for click-to-edit, while readers still get the
 * published page. playwright.config.ts starts the site with its local
 * Content Lake on a fresh working copy.
 */

const PORT = Number(process.env.E2E_PORT ?? 3100)
const LAKE = e2eLake(PORT)
const ARTICLE = '/articles/frozen-shoulder'
const published = readCommittedDocuments().find((doc) => doc._id === 'article-frozen-shoulder')!
const PUBLISHED_SUMMARY = String(published.summary)

// The Studio edits the one shared working copy: these run one at a time.
test.describe.configure({ mode: 'serial', timeout: 120_000 })

async function offline(page: Page) {
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort('internetdisconnected'))
}

const lakeDraft = async (id: string) => {
  const response = await fetch(`${LAKE.origin}/v2025-02-19/data/doc/production/drafts.${id}`)
  return ((await response.json()) as { documents: Record<string, unknown>[] }).documents[0]
}

test('the enable route refuses a missing or wrong secret with 401 and sets no cookie', async ({ request }) => {
  for (const url of ['/api/draft-mode/enable', `/api/draft-mode/enable?sanity-preview-secret=wrong&sanity-preview-pathname=${ARTICLE}`]) {
    const response = await request.get(url, { maxRedirects: 0 })
    expect(response.status()).toBe(401)
    expect(response.headers()['set-cookie']).toBeUndefined()
    expect(await response.text()).not.toMatch(/\bat .*\(|node_modules/)
  }
})

test('Presentation shows an unpublished edit on the real page, click-to-edit, live; readers still get the published page', async ({ page, browser }) => {
  await offline(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto(`/studio/presentation?preview=${encodeURIComponent(ARTICLE)}`)
  const preview = page.frameLocator('iframe')
  // The tool enabled draft mode through /api/draft-mode/enable and opened the article in its iframe.
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(String(published.title), { timeout: 60_000 })
  await expect(preview.getByRole('region', { name: 'Preview mode' })).toBeVisible()

  // The page's main document (sanity/presentation.ts) opens in the form beside it.
  const summary = page.getByRole('textbox', { name: 'Summary' })
  await expect(summary).toHaveValue(PUBLISHED_SUMMARY, { timeout: 30_000 })
  const draft = `Frozen shoulder stiffens the shoulder for months; most people recover (draft ${Date.now()}).`
  await summary.fill(draft)
  await expect.poll(async () => (await lakeDraft('article-frozen-shoulder'))?.summary, { timeout: 15_000 }).toBe(draft)

  // No reload: the tool's refresh on mutation re-renders the page with the draft.
  const lede = preview.locator('p.lede')
  await expect(lede).toHaveText(draft, { timeout: 30_000 })
  // Click-to-edit: the element names the document and field for the overlay.
  await expect(lede).toHaveAttribute('data-sanity', /id=article-frozen-shoulder.*path=summary|path=summary.*id=article-frozen-shoulder/)
  await lede.hover()
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'test-results/preview-presentation-draft.png' })

  // Preview responses (the Studio's browser holds the draft-mode cookie): noindex, never cached.
  const previewResponse = await page.request.get(ARTICLE)
  expect(await previewResponse.text()).toContain(draft)
  expect(previewResponse.headers()['x-robots-tag']).toMatch(/noindex/)
  expect(previewResponse.headers()['cache-control']).toMatch(/private/)
  expect(previewResponse.headers()['cache-control']).toMatch(/no-store/)

  // A reader: a new browser without the cookie gets the published page, unmarked.
  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  const readerResponse = await readerPage.goto(ARTICLE)
  await expect(readerPage.locator('p.lede')).toHaveText(PUBLISHED_SUMMARY)
  await expect(readerPage.locator('[data-sanity]')).toHaveCount(0)
  await expect(readerPage.getByRole('region', { name: 'Preview mode' })).toHaveCount(0)
  expect(readerResponse?.headers()['x-robots-tag']).toBeUndefined()
  expect(readerResponse?.headers()['cache-control']).not.toMatch(/private/)
  await reader.close()
})

test('the preview banner\'s exit link ends draft mode and shows the page as readers see it', async ({ page }) => {
  await offline(page)
  // Draft mode from the Presentation tool, then the page in a tab of its own.
  await page.goto(`/studio/presentation?preview=${encodeURIComponent(ARTICLE)}`)
  await expect(page.frameLocator('iframe').getByRole('region', { name: 'Preview mode' })).toBeVisible({ timeout: 60_000 })
  await page.goto(ARTICLE)
  const banner = page.getByRole('region', { name: 'Preview mode' })
  await expect(banner).toBeVisible()
  await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/preview-banner.png', fullPage: false })
  // A symptom's hub is marked for click-to-edit too, by the symptom's own id and field.
  await page.goto('/symptoms/stiffness')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('data-sanity', /id=symptom-stiffness/)
  await page.goBack()
  await banner.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
  await expect(page.getByRole('region', { name: 'Preview mode' })).toHaveCount(0)
  await expect(page.locator('p.lede')).toHaveText(PUBLISHED_SUMMARY)
})
