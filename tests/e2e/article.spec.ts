import { expect, test } from '@playwright/test'
import { seedFragments } from './seed-text'

const SEED = '/articles/gluteus-medius-trigger-points'
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

test.describe('seed article', () => {
  test('shows every sentence of the seed', async ({ page }) => {
    await page.goto(SEED)
    // The words as written: citation markers ([n] after cited words) are additions, not part of the text.
    const text = normalise(
      await page.locator('main').evaluate((main) => {
        const copy = main.cloneNode(true) as HTMLElement
        copy.querySelectorAll('sup.citation').forEach((sup) => sup.remove())
        document.body.append(copy)
        const words = copy.innerText
        copy.remove()
        return words
      }),
    )
    const missing = seedFragments().filter((fragment) => !text.includes(normalise(fragment)))
    expect(missing).toEqual([])
  })

  test('has one h1, the sections in order and a region breadcrumb', async ({ page }) => {
    await page.goto(SEED)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Gluteus Medius Trigger Points Relief Techniques and Tips',
    )
    await expect(page.locator('h1')).toHaveCount(1)
    const sections = page.locator('article h2')
    await expect(sections).toHaveText([
      'On this page',
      'Introduction',
      'Causes',
      'Symptoms',
      'When to see a doctor',
      'Treatment Options',
      'Recovery',
      'Conclusion',
      'Sources',
    ])
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(breadcrumb.getByRole('link', { name: 'Hip and Pelvis' })).toHaveAttribute(
      'href',
      '/regions/hip-and-pelvis',
    )
  })

  test('lists causes, symptoms by frequency and treatments by kind', async ({ page }) => {
    await page.goto(SEED)
    const causes = page.getByRole('region', { name: 'Causes' }).getByRole('listitem')
    await expect(causes).toHaveCount(7)
    await expect(causes.first()).toContainText('Muscle Overuse:')

    const symptoms = page.getByRole('region', { name: 'Symptoms' })
    const common = symptoms.locator('h3:has-text("Common symptoms") ~ ul').first().getByRole('listitem')
    await expect(common).toHaveCount(4)
    const lessCommon = symptoms.locator('h3:has-text("Less common symptoms") + p + ul').getByRole('listitem')
    await expect(lessCommon).toHaveCount(4)
    await expect(lessCommon.first()).toContainText('Referred Pain')

    const treatments = page.getByRole('region', { name: 'Treatment Options' })
    await expect(treatments.getByRole('heading', { level: 3 })).toHaveText([
      'Conventional Treatments',
      'Alternative Therapies',
      'Home Remedies',
    ])
    await expect(treatments.getByRole('listitem')).toHaveCount(10)

    const doctor = page.getByRole('region', { name: 'When to see a doctor' })
    await expect(doctor.getByRole('heading', { level: 3 })).toHaveCount(5)
  })

  test('numbers its sources and credits author, reviewer and dates', async ({ page }) => {
    await page.goto(SEED)
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem')
    await expect(sources).toHaveCount(5)
    await expect(page.getByRole('region', { name: 'Sources' }).locator('ol')).toHaveCount(1)
    await expect(sources.nth(1)).toContainText('Trigger Point of the Week – Gluteus Medius')
    await expect(page.locator('time[datetime="2026-11-16"]')).toHaveText('16 November 2026')
    await expect(page.getByText('Medically reviewed by')).toBeVisible()
  })

  test('links the other Hip and Pelvis articles', async ({ page }) => {
    await page.goto(SEED)
    const related = page.getByRole('region', { name: 'More on Hip and Pelvis' })
    const links = related.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(3)
    await expect(related.getByRole('link', { name: /Gluteus Medius/ })).toHaveCount(0)
    await links.first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page).toHaveURL(/\/articles\//)
    await expect(page.getByRole('complementary', { name: 'Sample content' })).toBeVisible()
  })

  test('carries a canonical URL and a meta description', async ({ page }) => {
    await page.goto(SEED)
    await expect(page).toHaveTitle('Gluteus Medius Trigger Points Relief Techniques and Tips | Health Portal')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'http://localhost:3000/articles/gluteus-medius-trigger-points',
    )
    const description = await page.locator('meta[name="description"]').getAttribute('content')
    expect(description?.length).toBeGreaterThan(50)
    expect(description!.length).toBeLessThanOrEqual(160)
  })
})

test('an unknown article is a real 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Browse articles by body region' })).toBeVisible()
})

test('home lists regions and links to their articles', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('h1')).toHaveCount(1)
  const regions = page.getByRole('region', { name: 'Browse by body region' })
  await regions.getByRole('link', { name: 'Gluteus Medius Trigger Points Relief Techniques and Tips' }).click()
  await expect(page).toHaveURL(/\/articles\/gluteus-medius-trigger-points$/)
  await page.goto('/')
  await regions.getByRole('link', { name: 'Knee', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Knee conditions')
})

test('on the embedded default /studio is the Studio on the local Content Lake, and not indexed', async ({ page }) => {
  const response = await page.goto('/studio')
  expect(response?.status()).toBe(200)
  await expect(page.getByText('Articles by body region', { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
})

test('an unmatched URL is a 404 page with the site header', async ({ page }) => {
  const response = await page.goto('/no/such/page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Health Portal home page' })).toBeVisible()
  await expect(page.getByRole('main')).toHaveCount(1)
})
