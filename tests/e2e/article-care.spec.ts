import { expect, test } from '@playwright/test'

test('care cards state their level in words, to sight and to screen readers', async ({ page }) => {
  await page.goto('/articles/sciatica')
  const doctor = page.getByRole('region', { name: 'When to see a doctor' })
  await expect(doctor.getByText('This is general information, not a diagnosis.')).toBeVisible()
  const emergency = doctor.getByRole('heading', { level: 3, name: /^Immediate action required: / })
  await expect(emergency.first()).toBeVisible()
  const card = doctor
    .locator('.care-card')
    .filter({ has: page.getByRole('heading', { level: 3, name: /^Immediate action required: / }) })
    .first()
  await expect(card).toContainText('Call your local emergency number now')
  const urgent = doctor.getByRole('heading', { level: 3, name: /^(Urgent|Non-urgent) advice: / })
  await expect(urgent.first()).toBeVisible()
  // Every card has a level: no heading without one of the three prefixes.
  const all = await doctor.getByRole('heading', { level: 3 }).allInnerTexts()
  const named = await doctor
    .getByRole('heading', { level: 3, name: /^(Non-urgent advice|Urgent advice|Immediate action required): / })
    .count()
  expect(named).toBe(all.length)
})

test('each kind of treatment has a badge and a sentence on its evidence', async ({ page }) => {
  await page.goto('/articles/gluteus-medius-trigger-points')
  const treatments = page.getByRole('region', { name: 'Treatment Options' })
  const kinds: [string, string][] = [
    ['Conventional Treatments', 'Conventional'],
    ['Alternative Therapies', 'Alternative'],
    ['Home Remedies', 'Home remedy'],
  ]
  for (const [heading, badge] of kinds) {
    const group = treatments.locator('.treatment-group').filter({ has: page.getByRole('heading', { name: heading }) })
    await expect(group.locator('.badge')).toHaveText(badge)
    await expect(group.locator('.treatment-group__evidence')).toContainText(/evidence|trials|guidelines/)
  }
})

test('the review line names the reviewer and dates, and says when a review is overdue', async ({ page }) => {
  await page.goto('/articles/plantar-fasciitis')
  const line = page.locator('.review-line')
  await expect(line).toContainText('Medically reviewed by Dr Amira Patel (sample reviewer), MBBS, MRCGP')
  await expect(line).toContainText(/^\d+ minute read · /)
  await expect(line.locator('time')).toHaveCount(2)
  await expect(line.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/)
  await expect(line).toContainText('(review overdue)')
  await page.goto('/articles/achilles-tendinopathy')
  await expect(page.locator('.review-line')).not.toContainText('overdue')
})

test('on a wide screen the contents stay in view beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/articles/gluteus-medius-trigger-points')
  const toc = page.getByRole('navigation', { name: 'On this page' })
  await page.getByRole('heading', { level: 2, name: 'Recovery' }).scrollIntoViewIfNeeded()
  const box = await toc.boundingBox()
  expect(box).not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y).toBeLessThan(100)
  const text = await page.getByRole('heading', { level: 2, name: 'Recovery' }).boundingBox()
  expect(box!.x).toBeGreaterThan(text!.x + text!.width / 2)
})

test('recovery shows the typical range on a scale and the phases as an ordered list', async ({ page }) => {
  await page.goto('/articles/sciatica')
  const recovery = page.getByRole('region', { name: 'Recovery' })
  const keyFact = await recovery.locator('.key-fact').innerText()
  const weeks = /(\d+) to (\d+) weeks|(\d+) weeks/.exec(keyFact)
  expect(weeks).not.toBeNull()
  const scale = recovery.getByRole('img', { name: /^Typical recovery: .* weeks, on a scale of 0 to \d+ weeks$/ })
  await expect(scale).toBeVisible()
  const phases = recovery.locator('ol.recovery-phases > li')
  expect(await phases.count()).toBeGreaterThan(1)
  await expect(phases.first().getByRole('heading', { level: 3 })).toBeVisible()
})
