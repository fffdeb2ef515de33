import { expect, test, type Page } from '@playwright/test'

/**
 * The quality bar for reading on a phone, measured in the browser:
 * body text at 16 px or more, lines of about 70 characters, tap targets of at
 * least 24 px (or spaced as WCAG 2.5.8 allows), and no layout shift.
 */

const ARTICLE = '/articles/gluteus-medius-trigger-points'

test('article body text is 16 px or more at 375 and 1280 px', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(ARTICLE)
    const sizes = await page
      .locator('article p, article li')
      .evaluateAll((els) => els.map((el) => [el.textContent?.slice(0, 30), parseFloat(getComputedStyle(el).fontSize)]))
    expect(sizes.length).toBeGreaterThan(50)
    expect(sizes.filter(([, size]) => (size as number) < 16), `at ${width} px`).toEqual([])
  }
})

test('article paragraphs run to about 70 characters a line on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(ARTICLE)
  const measures = await page.locator('section[aria-labelledby="introduction"] p').evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      // Characters per line from the paragraph's width and its font's average character:
      // the width of a run of this paragraph's own text, divided by its length.
      const probe = document.createElement('span')
      probe.textContent = (p.textContent ?? '').slice(0, 200)
      probe.style.whiteSpace = 'nowrap'
      p.append(probe)
      const perChar = probe.getBoundingClientRect().width / probe.textContent.length
      probe.remove()
      return Math.round(p.getBoundingClientRect().width / perChar)
    }),
  )
  expect(measures.length).toBeGreaterThan(2)
  for (const chars of measures) {
    expect(chars).toBeGreaterThanOrEqual(55)
    expect(chars).toBeLessThanOrEqual(85)
  }
})

/**
 * Targets on the page smaller than 24 × 24 px that WCAG 2.5.8's spacing
 * exception does not cover: a 24 px circle on an undersized target's centre
 * must not touch another target, nor another undersized target's circle.
 */
async function crampedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select')]
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0)
    const small = (r: DOMRect) => r.width < 24 || r.height < 24
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 })
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom))
    return targets
      .filter(({ rect }) => small(rect))
      .filter(({ el, rect }) =>
        targets.some((other) => {
          if (other.el === el || other.el.contains(el) || el.contains(other.el)) return false
          const c = centre(rect)
          if (distanceToRect(c, other.rect) < 12) return true
          if (!small(other.rect)) return false
          const o = centre(other.rect)
          return Math.hypot(c.x - o.x, c.y - o.y) < 24
        }),
      )
      .map(({ el, rect }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`)
  })
}

test('every link and button on the article page is a tap target of 24 px, or spaced as if it were', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(ARTICLE)
    expect(await page.locator('main a[href]').count()).toBeGreaterThan(40)
    expect(await crampedTargets(page), `at ${width} px`).toEqual([])
  }
})

for (const path of ['/', ARTICLE, '/symptoms/hip-pain', '/symptoms']) {
  test(`no layout shift while ${path} loads at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto(path, { waitUntil: 'load' })
    // Shifts after load would show up here too: give fonts and late scripts a moment.
    await page.waitForTimeout(500)
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 200)
        }),
    )
    expect(shift).toBeLessThan(0.01)
  })
}
