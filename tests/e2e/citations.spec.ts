import { expect, test, type Locator } from '@playwright/test'

const SEED = '/articles/gluteus-medius-trigger-points'

const inViewport = (target: Locator) =>
  target.evaluate((el) => {
    // Scrolled into view: the browser puts the target at the top edge, padding and all.
    const { top, bottom } = el.getBoundingClientRect()
    return bottom > 0 && top < window.innerHeight
  })

test('a citation takes the reader to its numbered source, and the source back to where it is cited', async ({ page }) => {
  await page.goto(SEED)
  const introduction = page.getByRole('region', { name: 'Introduction' })
  const citation = introduction.getByRole('link', { name: 'Source 4', exact: true })
  await expect(citation).toHaveText('[4]')

  await citation.click()
  await expect(page).toHaveURL(/#source-4$/)
  const source = page.locator('#source-4')
  await expect(source).toContainText('Treating Trigger Points in the Glutes')
  expect(await source.evaluate((el) => el.matches(':target'))).toBe(true)
  expect(await inViewport(source)).toBe(true)

  // Back to the first citation of source 4 (the introduction's, not the conclusion's second one).
  await source.getByRole('link', { name: /^Back to text/ }).click()
  await expect(page).toHaveURL(/#cite-4$/)
  expect(await citation.evaluate((el) => el.matches(':target'))).toBe(true)
  expect(await inViewport(citation)).toBe(true)
})

test('only cited sources link back to the text, and each citation is named by its source number', async ({ page }) => {
  await page.goto(SEED)
  const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem')
  await expect(sources).toHaveCount(5)
  const backLinks = await sources.evaluateAll((items) =>
    items.map((li) => li.querySelector('a.source-list__back')?.getAttribute('href') ?? null),
  )
  expect(backLinks).toEqual([null, null, '#cite-3', '#cite-4', null])
  await expect(page.getByRole('link', { name: /^Back to text ?, where source 3 is first cited$/ })).toHaveCount(1)

  const article = page.getByRole('article')
  await expect(article.getByRole('link', { name: /^Source \d+$/ })).toHaveText(['[3]', '[4]', '[4]'])
  // The conclusion's citation of source 4 points at the same source.
  await expect(page.getByRole('region', { name: 'Conclusion' }).getByRole('link', { name: 'Source 4' })).toHaveAttribute(
    'href',
    '#source-4',
  )
})
