import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type Request } from '@playwright/test'
import { TYPING_PAUSE_MS } from '../../lib/search/typing'

const SEARCH_LABEL = 'Search for a condition, symptom or treatment'

/** The search page, once its index has loaded (the region filter is enabled then). */
async function openSearch(page: Page, path = '/search') {
  await page.goto(path)
  await expect(page.getByLabel('Body region')).toBeEnabled()
}

const results = (page: Page) => page.getByRole('list').filter({ has: page.locator('.search-result') }).getByRole('listitem')

/** The number of results the status line announces for `query` (all of them, not only those shown). */
async function announcedTotal(page: Page, query: string): Promise<number> {
  const status = page.getByRole('status')
  await expect(status).toHaveText(new RegExp(`^\\d+ results? for “${query}”`))
  return Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1])
}

/** Every text the polite live region takes from now on: what a screen reader user hears. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.getByRole('status').evaluate((status) => {
    const heard: string[] = []
    ;(window as unknown as { heard: string[] }).heard = heard
    new MutationObserver(() => heard.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    })
  })
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((text) => text !== ''))
}

/** Stops the page's clock (timers run only when the test moves it on), once the page has loaded. */
async function stopClock(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
}

test('a reader types a condition, hears how many results there are and opens one', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('piriformis')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “piriformis”\.$/)
  const first = results(page).first()
  await expect(first.getByRole('link')).toHaveText('Piriformis Syndrome: Causes, Symptoms and Treatment')
  await expect(first).toContainText('Hip and Pelvis')
  await expect(first.locator('mark').first()).toHaveText(/piriformis/i)
  await first.getByRole('link').click()
  await expect(page).toHaveURL(/\/articles\/piriformis-syndrome$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piriformis Syndrome: Causes, Symptoms and Treatment')
})

test('the region filter narrows results to one body region, and the address bar keeps the search', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('stiffness')
  const everywhere = await announcedTotal(page, 'stiffness')
  await page.getByLabel('Body region').selectOption('Knee')
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee(, showing the first \d+)?\.$/)
  expect(await announcedTotal(page, 'stiffness')).toBeLessThan(everywhere)
  const inKnee = results(page)
  await expect(inKnee.first()).toBeVisible()
  for (const item of await inKnee.all()) await expect(item.locator('.search-result__region')).toHaveText('Knee')
  await expect(page).toHaveURL(/\?q=stiffness&region=Knee$/)
  await page.reload()
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee(, showing the first \d+)?\.$/)
})

test('a search fetches one small answer from the search API, and no search library', async ({ page }) => {
  const finished: Request[] = []
  page.on('requestfinished', (request) => finished.push(request))
  await openSearch(page)
  await page.waitForLoadState('networkidle')
  const beforeSearch = finished.length
  await page.getByLabel(SEARCH_LABEL).fill('stiffness')
  await announcedTotal(page, 'stiffness')
  await page.getByLabel('Body region').selectOption('Knee')
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee(, showing the first \d+)?\.$/)
  await page.waitForLoadState('networkidle')
  const answers = finished.slice(beforeSearch).filter((request) => new URL(request.url()).pathname.startsWith('/api/'))
  expect(answers.map((request) => new URL(request.url()).search)).toEqual(['?q=stiffness', '?q=stiffness&region=Knee'])
  for (const answer of answers) {
    const { responseBodySize, responseHeadersSize } = await answer.sizes()
    expect(responseBodySize + responseHeadersSize, answer.url()).toBeLessThan(10_000)
  }
  expect(finished.map((request) => request.url()).filter((url) => /pagefind|\.wasm\b/.test(url))).toEqual([])
})

test('the search API answers a page of results as JSON, kept for five minutes, and refuses a bad query', async ({ request }) => {
  const first = await request.get('/api/search?q=pain')
  expect(first.status()).toBe(200)
  expect(first.headers()['cache-control']).toBe('public, max-age=300')
  const answer = (await first.json()) as { total: number; page: number; hits: { url: string; title: string; excerpt: { text: string; marked: boolean }[] }[] }
  expect(answer.total).toBeGreaterThan(10)
  expect(answer.hits).toHaveLength(10)
  expect(answer.hits.some((hit) => hit.excerpt.some((part) => part.marked && /pain/i.test(part.text)))).toBe(true)
  const second = (await (await request.get('/api/search?q=pain&page=2')).json()) as typeof answer
  expect(second.page).toBe(2)
  expect(second.hits.length).toBe(Math.min(10, answer.total - 10))
  expect(second.hits.map((hit) => hit.url)).not.toContain(answer.hits[0]!.url)

  for (const query of ['', '?q=', '?q=%20%20', `?q=${'a'.repeat(201)}`, '?q=pain&page=0', '?q=pain&page=two', '?q=pain&page=101']) {
    const refused = await request.get(`/api/search${query}`)
    expect(refused.status(), query).toBe(400)
    expect(refused.headers()['cache-control'], query).toBe('no-store')
    const { error } = (await refused.json()) as { error: string }
    expect(error, query).toMatch(/^(q|page) /)
  }
})

test('the search page does not move as its script starts', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number }
    w.shifted = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shifted += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // A phone's screen (Lighthouse's), where the footer is in view below the form.
  await page.setViewportSize({ width: 412, height: 823 })
  await openSearch(page)
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0)
})

test('typed key by key, a query is searched when the reader pauses, and no prefix is searched or announced', async ({
  page,
}) => {
  await page.clock.install()
  await openSearch(page)
  await stopClock(page)
  const heard = await recordAnnouncements(page)
  await page.getByLabel(SEARCH_LABEL).pressSequentially('stiffness', { delay: 20 })
  // Time enough for every prefix to have been searched and announced, had any been.
  await page.waitForTimeout(500)
  await page.clock.runFor(TYPING_PAUSE_MS - 50)
  await page.waitForTimeout(200)
  expect(await heard(), 'announced before the pause').toEqual([])
  await page.clock.runFor(50)
  await announcedTotal(page, 'stiffness')
  expect(await heard()).toHaveLength(1)
  expect((await heard())[0]).toMatch(/^\d+ results? for “stiffness”/)
  await expect(page).toHaveURL(/\?q=stiffness$/)
})

test('a pasted query, and one typed and submitted with Enter, are searched at once', async ({ page }) => {
  await page.clock.install()
  await openSearch(page)
  await stopClock(page)
  const box = page.getByLabel(SEARCH_LABEL)
  await box.fill('sciatica')
  await expect(results(page).getByRole('link', { name: /^Sciatica/ }).first()).toBeVisible()
  await box.fill('')
  await box.pressSequentially('piriformis')
  await box.press('Enter')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “piriformis”\.$/)
})

test('results come ten at a time; "Show more results" adds the next ones and moves focus to the first of them', async ({
  page,
}) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('pain')
  const total = await announcedTotal(page, 'pain')
  expect(total, 'the seed needs more than 10 articles about pain').toBeGreaterThan(10)
  await expect(page.getByRole('status')).toHaveText(`${total} results for “pain”, showing the first 10.`)
  await expect(results(page)).toHaveCount(10)
  const more = page.getByRole('button', { name: 'Show more results' })
  await more.focus()
  await page.keyboard.press('Enter')
  const shown = Math.min(total, 20)
  await expect(results(page)).toHaveCount(shown)
  await expect(results(page).nth(10).getByRole('link')).toBeFocused()
  await expect(page.getByRole('status')).toHaveText(
    shown < total ? `${total} results for “pain”, showing the first ${shown}.` : `${total} results for “pain”.`,
  )
  if (shown === total) await expect(more).toHaveCount(0)
})

test('the header search box sends the reader to results', async ({ page }) => {
  await page.goto('/articles/gluteus-medius-trigger-points')
  const header = page.getByRole('search', { name: 'Site' })
  await header.getByLabel('Search the site').fill('sciatica')
  await header.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=sciatica$/)
  await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('sciatica')
  await expect(results(page).getByRole('link', { name: /^Sciatica/ }).first()).toBeVisible()
})

test('a search with no match says so', async ({ page }) => {
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('zzzyzx')
  await expect(page.getByRole('status')).toHaveText('No results for “zzzyzx”.')
  await expect(page.locator('.search-result')).toHaveCount(0)
})

test('axe finds no WCAG 2.2 AA violations on search results', async ({ page }) => {
  await openSearch(page, '/search?q=knee')
  await expect(results(page).first()).toBeVisible()
  const found = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('a results URL is the search page to search engines: the same page, with /search as its canonical', async ({
  page,
  request,
}) => {
  const bare = await (await request.get('/search')).text()
  const withQuery = await (await request.get('/search?q=knee')).text()
  const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0]
  expect(main(withQuery)).toBe(main(bare))
  await openSearch(page, '/search?q=knee')
  await expect(results(page).first()).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/search')
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0)
})

test('results that fail to load say so, and searching again fetches them; a failed next page leaves the first', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let failing = 1
  await page.route('**/api/search?**', (route) => (failing-- > 0 ? route.abort('connectionreset') : route.continue()))
  await openSearch(page)
  const box = page.getByLabel(SEARCH_LABEL)
  await box.fill('pain')
  const status = page.getByRole('status')
  await expect(status).toHaveText('The results could not be loaded. Search again to retry.')
  await expect(results(page)).toHaveCount(0)

  await box.press('Enter')
  const total = await announcedTotal(page, 'pain')
  await expect(status).toHaveText(`${total} results for “pain”, showing the first 10.`)
  await expect(results(page)).toHaveCount(10)

  // The next page fails: the results already shown stay, and the status counts the rest.
  const asked = Math.min(total, 20)
  failing = 1
  await page.getByRole('button', { name: 'Show more results' }).click()
  const which = asked < total ? `the first ${asked}` : 'them'
  await expect(status).toHaveText(`${total} results for “pain”, showing 10 of ${which}: ${asked - 10} could not be loaded. Search again to retry.`)
  await expect(results(page)).toHaveCount(10)
  expect(errors, 'unhandled errors in the page').toEqual([])
})

test('when the server cannot search, the page says so and offers browsing instead', async ({ page }) => {
  await page.route('**/api/search?**', (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'Search is not available right now.' }) }),
  )
  await openSearch(page)
  await page.getByLabel(SEARCH_LABEL).fill('pain')
  await expect(page.getByRole('status')).toHaveText('Search is not available right now. Browse by body region from the home page instead.')
  await expect(page.locator('.search-result')).toHaveCount(0)
})

test('a return visit takes the answer from the browser’s cache', async ({ page }) => {
  /** Bytes this page received from the search API (Resource Timing: 0 from the cache). */
  const received = (on: Page) =>
    on.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname === '/api/search')
        .map((entry) => entry.transferSize),
    )
  const visit = async (on: Page) => {
    await openSearch(on)
    await on.getByLabel(SEARCH_LABEL).fill('piriformis')
    await announcedTotal(on, 'piriformis')
    return received(on)
  }
  const [sent] = await visit(page)
  expect(sent).toBeGreaterThan(300)
  await page.close()
  expect(await visit(await page.context().newPage())).toEqual([0])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the search page says search needs JavaScript and offers the regions instead', async ({ page }) => {
    await page.goto('/search?q=hip')
    await expect(page.getByText('Search needs JavaScript')).toBeVisible()
    await page.getByRole('link', { name: 'home page', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Browse by body region' })).toBeVisible()
  })

  test('the region filter lists every region with articles, rendered with the page', async ({ page }) => {
    await page.goto('/search')
    const options = page.getByLabel('Body region').getByRole('option')
    await expect(options.first()).toHaveText('All regions')
    await expect(options.filter({ hasText: /^Knee \(\d+\)$/ })).toHaveCount(1)
    const names = (await options.allTextContents()).slice(1).map((text) => text.replace(/ \(\d+\)$/, ''))
    expect(names.length).toBeGreaterThan(1)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))
  })
})
