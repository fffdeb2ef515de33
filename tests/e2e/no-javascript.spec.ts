import { expect, test } from '@playwright/test'

test.use({ javaScriptEnabled: false })

test('the article reads and navigates with JavaScript disabled', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Gluteus Medius Trigger Points Relief Techniques and Tips' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Gluteus Medius Trigger Points Relief Techniques and Tips',
  )
  await expect(page.getByRole('region', { name: 'Causes' }).getByRole('listitem')).toHaveCount(7)
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Sources' }).click()
  await expect(page).toHaveURL(/#sources$/)
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Hip and Pelvis' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hip and Pelvis conditions')
})
