import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type Route } from '@playwright/test'
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

test('the region filter lists the regions before the index loads, which fetches its filter chunk only to filter', async ({
  page,
}) => {
  const held: Route[] = []
  let released = false
  await page.route('**/pagefind/**', (route) => (released ? route.continue() : void held.push(route)))
  await page.goto('/search')
  const select = page.getByLabel('Body region')
  // The choices came with the page: nothing of Pagefind has arrived.
  await expect(select.getByRole('option', { name: /^Knee \(\d+\)$/ })).toHaveCount(1)
  await expect(select.getByRole('option', { name: /^Hip and Pelvis \(\d+\)$/ })).toHaveCount(1)
  await expect(select).toBeDisabled()
  await expect.poll(() => held.length).toBeGreaterThan(0)

  const filterChunks: string[] = []
  page.context().on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/filter/')) filterChunks.push(request.url())
  })
  released = true
  for (const route of held) await route.continue()
  await expect(select).toBeEnabled()
  await page.getByLabel(SEARCH_LABEL).fill('stiffness')
  await announcedTotal(page, 'stiffness')
  expect(filterChunks, 'filter chunks fetched without a filter').toEqual([])
  await select.selectOption('Knee')
  await expect(page.getByRole('status')).toHaveText(/for “stiffness” in Knee(, showing the first \d+)?\.$/)
  expect(filterChunks).toHaveLength(1)
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

test('fragments that fail to load leave out only their results; the status says so, and searching again fetches them', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let failing = 2
  await page.route('**/pagefind/fragment/**', (route) => (failing-- > 0 ? route.abort('connectionreset') : route.continue()))
  await openSearch(page)
  const box = page.getByLabel(SEARCH_LABEL)
  await box.fill('pain')
  const status = page.getByRole('status')
  await expect(status).toHaveText(/^\d+ results for “pain”, showing 8 of the first 10: 2 could not be loaded\. Search again to retry\.$/)
  const total = await announcedTotal(page, 'pain')
  await expect(results(page)).toHaveCount(8)

  await box.press('Enter')
  await expect(status).toHaveText(`${total} results for “pain”, showing the first 10.`)
  await expect(results(page)).toHaveCount(10)

  // The next page's fragments all fail: the results already shown stay, and the status counts the rest.
  const asked = Math.min(total, 20)
  const missing = asked - 10
  failing = missing
  await page.getByRole('button', { name: 'Show more results' }).click()
  const which = asked < total ? `the first ${asked}` : 'them'
  await expect(status).toHaveText(`${total} results for “pain”, showing 10 of ${which}: ${missing} could not be loaded. Search again to retry.`)
  await expect(results(page)).toHaveCount(10)
  expect(errors, 'unhandled errors in the page').toEqual([])
})

test('the index files, named by their content, are kept for a year; the files that keep their names are checked on each use', async ({
  request,
}) => {
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as { languages: Record<string, { hash: string; wasm: string }> }
  const [language] = Object.values(entry.languages)
  const meta = await request.get(`/pagefind/pagefind.${language!.hash}.pf_meta`)
  expect(meta.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', `/pagefind/wasm.${language!.wasm}.pagefind`]) {
    const first = await request.get(path)
    const etag = first.headers()['etag'] ?? ''
    expect(first.headers()['cache-control'], path).toBe('public, no-cache')
    expect(etag, path).toMatch(/^W\/".+"$/)
    const unchanged = await request.get(path, { headers: { 'if-none-match': etag } })
    expect(unchanged.status(), path).toBe(304)
    expect((await unchanged.body()).length, path).toBe(0)
    // What a browser holding another build's copy sends: it gets this build's.
    const rebuilt = await request.get(path, { headers: { 'if-none-match': 'W/"another-build"' } })
    expect(rebuilt.status(), path).toBe(200)
    expect(await rebuilt.body(), path).toEqual(await first.body())
  }
})

test('a return visit takes the index from the browser’s cache and only asks whether the rest has changed', async ({ page }) => {
  const entries: string[] = []
  page.context().on('request', (request) => {
    if (new URL(request.url()).pathname === '/pagefind/pagefind-entry.json') entries.push(request.url())
  })
  /** Bytes this page received from /pagefind/ (Resource Timing: 0 from the cache, headers only for a 304). */
  const received = (on: Page) =>
    on.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.startsWith('/pagefind/'))
        .reduce((sum, entry) => sum + entry.transferSize, 0),
    )
  const visit = async (on: Page) => {
    await openSearch(on)
    await on.getByLabel(SEARCH_LABEL).fill('piriformis')
    await announcedTotal(on, 'piriformis')
    await on.waitForLoadState('networkidle')
    return received(on)
  }
  expect(await visit(page)).toBeGreaterThan(50_000)
  await page.close()
  const again = await page.context().newPage()
  // Script, entry and WebAssembly as 304s; the metadata, index chunk and fragments not fetched at all.
  expect(await visit(again)).toBeLessThan(2_000)
  expect(entries).toHaveLength(2)
  expect(entries[1], 'the entry’s URL, the same so that the browser can keep it').toBe(entries[0])
})

test('the index route serves only files of the index', async ({ request }) => {
  expect((await request.get('/pagefind/pagefind.js')).status()).toBe(200)
  for (const path of ['/pagefind/..%2FBUILD_ID', '/pagefind/%2e%2e/%2e%2e/package.json', '/pagefind/fragment/..', '/pagefind/nope.js']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toMatch(/at .*\(|Error:/)
  }
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
