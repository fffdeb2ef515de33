import { expect, test, type Locator, type Page } from '@playwright/test'

/**
 * The reader journey with the keyboard alone: home → body map region →
 * article → symptom hub → another article → site search → a result. Every
 * step moves with Tab and Enter (page.keyboard only), and each stop must show
 * where focus is.
 */

const SEED = 'Gluteus Medius Trigger Points Relief Techniques and Tips'

/** Presses Tab until `target` has focus (failing after `max` presses), then checks focus is visible. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
  await expectVisibleFocus(target)
}

/**
 * Focus must be drawn, not only present: a box shadow, a visible outline, or
 * (for the body map's SVG links, which draw no box) the focused shape filled
 * with the site's focus yellow.
 */
async function expectVisibleFocus(target: Locator) {
  const indicator = await target.evaluate((el) => {
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)|transparent/.test(style.outlineColor)
    if (el instanceof SVGElement) {
      const area = el.querySelector('.body-map__area')
      return area ? `fill ${getComputedStyle(area).fill}` : 'none'
    }
    if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`
    return outline ? `outline ${style.outlineStyle} ${style.outlineColor}` : 'none'
  })
  expect(indicator, 'focus indicator').not.toBe('none')
  if (indicator.startsWith('fill')) expect(indicator).toBe('fill rgb(255, 235, 59)')
}

async function expectPage(page: Page, url: RegExp, h1: string | RegExp) {
  await expect(page).toHaveURL(url)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1)
}

test('a keyboard-only reader goes from the body map to an article, its symptom’s hub, another article and a search result', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // Home → the body map's Hip and Pelvis link.
  const map = page.getByRole('group', { name: 'Choose where it hurts' })
  await tabTo(page, map.getByRole('link', { name: /^Hip and Pelvis \(/ }))
  await page.keyboard.press('Enter')
  await expectPage(page, /\/regions\/hip-and-pelvis$/, 'Hip and Pelvis conditions')

  // Region → the seed article.
  await tabTo(page, page.getByRole('main').getByRole('link', { name: SEED, exact: true }))
  await page.keyboard.press('Enter')
  await expectPage(page, /\/articles\/gluteus-medius-trigger-points$/, SEED)

  // Article → the "Hip Pain" symptom, whose name links to its hub.
  const symptoms = page.getByRole('region', { name: 'Symptoms' })
  await tabTo(page, symptoms.getByRole('link', { name: 'Hip Pain', exact: true }))
  await page.keyboard.press('Enter')
  await expectPage(page, /\/symptoms\/hip-pain$/, 'Hip Pain')

  // Hub → an article it lists other than the one we came from.
  const listed = page.getByRole('main').locator('.hub-card h3 a')
  const titles = await listed.allTextContents()
  const other = titles.find((title) => title !== SEED)
  expect(other, `another article on the Hip Pain hub (listed: ${titles.join(', ')})`).toBeTruthy()
  await tabTo(page, page.getByRole('main').getByRole('link', { name: other!, exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/articles\/(?!gluteus-medius-trigger-points$)[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other!)

  // That article → the header's search box → a query → Enter.
  const header = page.getByRole('search', { name: 'Site' })
  await tabTo(page, header.getByLabel('Search the site'))
  await page.keyboard.type('sciatica')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=sciatica$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “sciatica”/)

  // Results → the Sciatica article.
  const result = page.locator('.search-result').getByRole('link', { name: /^Sciatica/ }).first()
  const title = (await result.textContent()) ?? ''
  await tabTo(page, result)
  await page.keyboard.press('Enter')
  await expectPage(page, /\/articles\/sciatica$/, title)
})
