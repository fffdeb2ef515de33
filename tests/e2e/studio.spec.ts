import { expect, test, type Page } from '@playwright/test'
import { readWorkingCopy, workingCopyPaths } from '@/content-lake/src/working-copy.ts'
import { readCommittedDocuments } from '@/support/datasets'
import { e2eLake } from '../support/e2e-lake'

/**
 * The real Studio at /studio on the embedded default, editing the local
 * Content Lake that `npm start` runs beside the site (playwright.config.ts
 * starts it on a fresh working copy).
 */

const PORT = Number(process.env.E2E_PORT ?? 3100)
const LAKE = e2eLake(PORT)
const SEED_FILE = 'sanity/seed/production.ndjson'

// The tests edit one shared working copy: one at a time, in order.
test.describe.configure({ mode: 'serial', timeout: 90_000 })

const lakeDoc = async (id: string) => {
  const response = await fetch(`${LAKE.origin}/v2025-02-19/data/doc/production/${id}`)
  return ((await response.json()) as { documents: Record<string, unknown>[] }).documents[0]
}
const workingCopyDoc = (id: string) =>
  readWorkingCopy(workingCopyPaths(LAKE.directory, 'production'), SEED_FILE).find((doc) => doc._id === id)

/** No network: anything not on this machine is refused, so the tests prove the Studio needs none. */
async function offline(page: Page) {
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort('internetdisconnected'))
}

async function openDesk(page: Page) {
  await offline(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/studio')
  await expect(page.getByRole('link', { name: 'Symptoms' }).or(page.getByText('Symptoms', { exact: true })).first()).toBeVisible({ timeout: 30_000 })
}

const mutate = (mutations: unknown[]) =>
  fetch(`${LAKE.origin}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  })

async function publish(page: Page) {
  const button = page.getByTestId('action-publish')
  await expect(button).toBeEnabled({ timeout: 15_000 })
  await button.click()
}

test('opens the desk, edits the shared symptom "Stiffness", publishes, and the edit survives a reload', async ({ page }) => {
  // Every listener travels on the multiplexer's one stream: no EventSource of its own to the lake.
  const lakeStreams: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin === LAKE.origin && /\/(data\/listen|listen-mux\/[^/]+$)/.test(url.pathname)) lakeStreams.push(url.pathname)
  })
  await openDesk(page)
  await page.screenshot({ path: 'test-results/studio-desk.png' })
  await page.getByText('Symptoms', { exact: true }).first().click()
  await page.getByText('Stiffness', { exact: true }).first().click()
  const summary = page.getByRole('textbox', { name: 'Summary' })
  await expect(summary).toBeVisible({ timeout: 20_000 })
  const text = `Joints feel tight after rest and loosen with gentle movement (edited ${Date.now()}).`
  await summary.fill(text)
  await expect.poll(async () => (await lakeDoc('drafts.symptom-stiffness'))?.summary, { timeout: 15_000 }).toBe(text)
  await page.screenshot({ path: 'test-results/studio-stiffness-edited.png' })
  await publish(page)
  await expect.poll(async () => (await lakeDoc('symptom-stiffness'))?.summary, { timeout: 15_000 }).toBe(text)
  await expect.poll(async () => await lakeDoc('drafts.symptom-stiffness')).toBeUndefined()
  expect(workingCopyDoc('symptom-stiffness')?.summary).toBe(text)

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(text, { timeout: 30_000 })
  await page.screenshot({ path: 'test-results/studio-stiffness-published.png' })
  // One stream per page load (two loads), however many listeners the Studio opened.
  expect(lakeStreams.filter((p) => p.includes('/data/listen'))).toEqual([])
  expect(lakeStreams).toHaveLength(2)

  // Published in the Studio, on the running site: the lake's signed webhook revalidated the symptom's hub,
  // whose next request regenerates from the lake's published documents.
  await expect
    .poll(async () => {
      await page.goto('/symptoms/stiffness')
      return page.getByRole('main').textContent()
    }, { timeout: 5_000, intervals: [100, 200, 400] })
    .toContain(text)
})

test('a new article from a region: the Studio\'s validation blocks publishing until the missing title is written', async ({ page }) => {
  await openDesk(page)
  await page.getByText('Articles by body region', { exact: true }).click()
  await page.getByText('Knee', { exact: true }).first().click()
  await page.getByRole('link', { name: 'Article in this region' }).click()
  // The region comes from the "Article in this region" template; the first edit creates the draft.
  const conditionName = page.getByRole('textbox', { name: 'Condition name' })
  await expect(conditionName).toBeVisible({ timeout: 20_000 })
  await conditionName.fill('Runner’s Knee')
  const draftQuery = encodeURIComponent('*[_type == "article" && _id in path("drafts.**") && conditionName == "Runner’s Knee"][0]')
  let draft: { _id: string; region?: { _ref: string } } | null = null
  await expect
    .poll(async () => {
      const response = await fetch(`${LAKE.origin}/v2025-02-19/data/query/production?query=${draftQuery}&perspective=raw`)
      draft = ((await response.json()) as { result: typeof draft }).result
      return draft?.region?._ref
    }, { timeout: 15_000 })
    .toBe('region-knee')

  // Everything else an article requires, written through the API (the listener brings it into the open form),
  // except the title.
  const template = readCommittedDocuments().find((doc) => doc._id === 'article-gluteus-medius-trigger-points')!
  const { _id, _rev, _type, _createdAt, _updatedAt, title, slug, region, conditionName: _name, ...content } = template
  await mutate([{ patch: { id: draft!._id, set: { ...content, slug: { _type: 'slug', current: 'runners-knee' } } } }])
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(String(content.summary), { timeout: 15_000 })
  await expect(page.getByTestId('action-publish')).toBeDisabled({ timeout: 15_000 })
  await page.getByTestId('action-publish').hover()
  await expect(page.getByText('There are validation errors that need to be fixed before this document can be published')).toBeVisible()
  await page.screenshot({ path: 'test-results/studio-article-blocked.png' })

  await page.getByRole('textbox', { name: 'Title' }).fill('Runner’s Knee: Causes, Symptoms and Recovery')
  await publish(page)
  const publishedId = draft!._id.replace(/^drafts\./, '')
  await expect.poll(async () => (await lakeDoc(publishedId))?.title, { timeout: 15_000 }).toBe('Runner’s Knee: Causes, Symptoms and Recovery')
  expect(await lakeDoc(draft!._id)).toBeUndefined()
  await page.screenshot({ path: 'test-results/studio-article-published.png' })

  // Unpublish (the Studio offers it on the published version): the published document goes, its content stays as the draft.
  await page.getByRole('button', { name: 'Published', exact: true }).click()
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click()
  await page.getByRole('button', { name: 'Unpublish now' }).click()
  await expect.poll(async () => await lakeDoc(publishedId), { timeout: 15_000 }).toBeUndefined()
  expect((await lakeDoc(draft!._id))?.title).toBe('Runner’s Knee: Causes, Symptoms and Recovery')
})

test('discards a draft: the published text comes back and the draft is gone', async ({ page }) => {
  await openDesk(page)
  await page.getByText('Symptoms', { exact: true }).first().click()
  await page.getByText('Swelling', { exact: true }).first().click()
  const name = page.getByRole('textbox', { name: 'Name' })
  await expect(name).toHaveValue('Swelling', { timeout: 20_000 })
  await name.fill('Swelling (to be discarded)')
  await expect.poll(async () => (await lakeDoc('drafts.symptom-swelling'))?.name, { timeout: 15_000 }).toBe('Swelling (to be discarded)')
  await page.getByTestId('action-menu-button').click()
  await page.getByTestId('action-Discardchanges').click()
  await page.getByRole('button', { name: 'Discard' }).click()
  await expect.poll(async () => await lakeDoc('drafts.symptom-swelling'), { timeout: 15_000 }).toBeUndefined()
  await expect(name).toHaveValue('Swelling', { timeout: 15_000 })
  expect(workingCopyDoc('drafts.symptom-swelling')).toBeUndefined()
})

test('Studio intent links open the document', async ({ page }) => {
  await offline(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/studio/intent/edit/id=symptom-stiffness;type=symptom/')
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Stiffness', { timeout: 30_000 })
})
