import { expect, test, type Page } from '@playwright/test'

/**
 * Every kind of response carries the security headers (lib/security-headers.ts),
 * with the policy meant for it, and the pages still work under that policy:
 * no CSP violation, search finds results, the Studio loads (its own spec,
 * studio.spec.ts, edits through it).
 */

const COMMON = {
  'strict-transport-security': /^max-age=\d{8,}; includeSubDomains$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\), microphone=\(\), geolocation=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
}

type Kind = 'public' | 'studio' | 'api'

/** One row per kind of response; a new route is one more row. */
const ROUTES: { path: string; kind: Kind; status?: number }[] = [
  { path: '/', kind: 'public' },
  { path: '/regions/hip-and-pelvis', kind: 'public' },
  { path: '/articles/gluteus-medius-trigger-points', kind: 'public' },
  { path: '/symptoms/stiffness', kind: 'public' },
  { path: '/symptoms', kind: 'public' },
  { path: '/search', kind: 'public' },
  { path: '/no-such-page', kind: 'public', status: 404 },
  { path: '/sitemap.xml', kind: 'public' },
  { path: '/robots.txt', kind: 'public' },
  { path: '/studio', kind: 'studio' },
  { path: '/api/content-lake', kind: 'api' },
  { path: '/api/search?q=knee', kind: 'api' },
  { path: '/api/search', kind: 'api', status: 400 },
  // Search runs on the server now: the browser bundle it used to fetch is gone, and its old address is a 404 page.
  { path: '/pagefind/pagefind.js', kind: 'public', status: 404 },
]

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  )
}

for (const route of ROUTES) {
  test(`${route.path} carries the ${route.kind} headers`, async ({ request }) => {
    const response = await request.get(route.path, { maxRedirects: 0 })
    expect(response.status()).toBe(route.status ?? 200)
    const headers = response.headers()
    expect(headers['x-powered-by']).toBeUndefined()
    for (const [name, pattern] of Object.entries(COMMON)) expect(headers[name], name).toMatch(pattern)

    const csp = directives(headers['content-security-policy'] ?? '')
    const scripts = csp.get('script-src') ?? []
    if (route.kind === 'api') {
      expect(csp.get('default-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(headers['x-frame-options']).toBe('DENY')
      return
    }
    expect(scripts).not.toContain("'unsafe-eval'")
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(scripts.filter((s) => /^(https?:|\*)/.test(s))).toEqual([])
    if (route.kind === 'studio') {
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(headers['x-frame-options']).toBe('DENY')
      return
    }
    // Only the Studio's Presentation tool, on this origin, may frame the site.
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(csp.get('connect-src')).toEqual(["'self'"])
    // No page compiles WebAssembly: search runs on the server.
    expect(scripts).not.toContain("'wasm-unsafe-eval'")
  })
}

/** Collects CSP violations the page reports, both as events and as console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return violations
}

for (const path of ['/', '/articles/gluteus-medius-trigger-points', '/regions/hip-and-pelvis', '/symptoms/stiffness']) {
  test(`${path} runs under its policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page)
    // A header the browser does not understand (a Permissions-Policy feature it lacks) is a console warning.
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning' && /header/i.test(m.text())) warnings.push(m.text())
    })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Hydration ran: React attached to the page under the policy.
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    expect(warnings).toEqual([])
  })
}

test('search returns results under its policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.goto('/search')
  await expect(page.getByLabel('Body region')).toBeEnabled()
  await page.getByLabel('Search for a condition, symptom or treatment').fill('piriformis')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “piriformis”\.$/)
  expect(violations).toEqual([])
})

test('the Studio loads under its policy, with no violation', async ({ page }) => {
  test.setTimeout(90_000)
  const violations = await watchViolations(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/studio')
  await expect(page.getByText('Symptoms', { exact: true }).first()).toBeVisible({ timeout: 60_000 })
  // Blocked on purpose (lib/security-headers.ts): Sanity's remote dashboard
  // bridge script and its module-update check. Anything else is a regression.
  const deliberate = /core\.sanity-cdn\.com\/bridge\.js|https:\/\/sanity-cdn\.com\/v1\/modules\//
  expect(violations.filter((v) => !deliberate.test(v))).toEqual([])
})

test('a draft-mode session gets the preview policy and is kept out of search engines', async ({ request }) => {
  // The cookie Next sets when draft mode is on; its value is not checked for the headers.
  const response = await request.get('/articles/gluteus-medius-trigger-points', { headers: { cookie: '__prerender_bypass=preview' } })
  const headers = response.headers()
  const csp = directives(headers['content-security-policy'] ?? '')
  expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://*.api.sanity.io']))
  expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
  expect(headers['x-robots-tag']).toBe('noindex, nofollow')
  for (const [name, pattern] of Object.entries(COMMON)) expect(headers[name], name).toMatch(pattern)
})
