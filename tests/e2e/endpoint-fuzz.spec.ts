import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

/**
 * A request fuzzer over every API route and file endpoint of the running site:
 * wrong methods, no body, a huge body, bad JSON, bad content types, long
 * headers and path traversal in the query and the path. Each answer must be
 * the right client error (or, where a route ignores what it was sent, a plain
 * success), never a 5xx, and never show a stack frame, a file path or a
 * secret.
 *
 * A new route is one row of ROUTES.
 */

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
const METHODS: Method[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']

interface Route {
  path: string
  /** Methods the route answers. */
  methods: Method[]
  /**
   * What the route's own methods answer to junk (a body it does not read, a
   * traversal in a query it does not read): 'ignored' is a success, otherwise
   * the status list a malformed or unauthenticated request gets.
   */
  junk: 'ignored' | number[]
}

const ROUTES: Route[] = [
  // The lake's address (the e2e server runs the lake); it reads nothing from the request.
  { path: '/api/content-lake', methods: ['GET', 'HEAD'], junk: 'ignored' },
  // Site search: without a query (junk adds none) it is a bad request.
  { path: '/api/search', methods: ['GET', 'HEAD'], junk: [400] },
  // Signed Sanity webhook: an unsigned or malformed call is refused.
  { path: '/api/revalidate', methods: ['POST'], junk: [400, 401, 415] },
  // Draft mode (Next answers HEAD from GET): without the Presentation tool's secret, refused.
  { path: '/api/draft-mode/enable', methods: ['GET', 'HEAD'], junk: [400, 401] },
  { path: '/api/draft-mode/disable', methods: ['GET', 'HEAD'], junk: 'ignored' },
]

/** Paths that try to leave the folder an endpoint serves; each is a 404 (or 400), never a file. */
const TRAVERSALS = [
  '/api/content-lake/..%2f..%2fpackage.json',
  '/api/..%2f..%2fpackage.json',
  '/_next/static/..%2f..%2f..%2fpackage.json',
]

const QUERY_TRAVERSALS = ['?file=..%2f..%2fetc%2fpasswd', '?path=%00', '?slug=..%2f..%2f.env', '?x=%c0%ae%c0%ae%2f']

const BODIES: { name: string; headers: Record<string, string>; data: string | Buffer }[] = [
  { name: 'no body', headers: {}, data: '' },
  { name: 'bad JSON', headers: { 'content-type': 'application/json' }, data: '{"_id": "x", ' },
  { name: 'JSON of the wrong shape', headers: { 'content-type': 'application/json' }, data: '[[[[null]]]]' },
  { name: 'a huge body', headers: { 'content-type': 'application/json' }, data: Buffer.alloc(2 * 1024 * 1024, 0x61) },
  { name: 'form data', headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: 'a=1&b=%00' },
  { name: 'a bogus content type', headers: { 'content-type': 'application/x-evil; charset=utf-7' }, data: '+ADw-script+AD4-' },
  { name: 'XML', headers: { 'content-type': 'application/xml' }, data: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>' },
]

/** What an answer may never show. */
async function expectNoLeak(response: APIResponse, label: string) {
  const body = await response.text()
  expect(body, `${label}: stack frame`).not.toMatch(/\n\s+at \S.*:\d+:\d+|\bat (async )?[\w.<>]+ \(/)
  expect(body, `${label}: file path`).not.toContain(process.cwd())
  expect(body, `${label}: file path`).not.toMatch(/node_modules\/|\/work\/|\.next\/server/)
  expect(body, `${label}: secret`).not.toMatch(/SANITY_[A-Z_]*TOKEN|REVALIDATE_SECRET|sk[A-Za-z0-9]{30,}/)
}

function send(request: APIRequestContext, method: Method, path: string, headers: Record<string, string> = {}, data?: string | Buffer) {
  return request.fetch(path, { method, headers, ...(data !== undefined && method !== 'GET' && method !== 'HEAD' ? { data } : {}), maxRedirects: 0, failOnStatusCode: false })
}


for (const route of ROUTES) {
  test.describe(route.path, () => {
    test('refuses the methods it does not answer', async ({ request }) => {
      for (const method of METHODS.filter((m) => !route.methods.includes(m))) {
        const response = await send(request, method, route.path, { 'content-type': 'application/json' }, '{}')
        expect([404, 405], `${method} ${route.path}`).toContain(response.status())
        await expectNoLeak(response, `${method} ${route.path}`)
      }
    })

    test('answers junk bodies, query traversal and long headers without a server error', async ({ request }) => {
      const cases: { label: string; method: Method; path: string; headers: Record<string, string>; data?: string | Buffer }[] = []
      for (const method of route.methods) {
        for (const body of BODIES) cases.push({ label: `${method} with ${body.name}`, method, path: route.path, headers: body.headers, data: body.data })
        for (const query of QUERY_TRAVERSALS) cases.push({ label: `${method} ${query}`, method, path: `${route.path}${query}`, headers: {} })
        cases.push({ label: `${method} with an 8 kB header`, method, path: route.path, headers: { 'x-fuzz': 'a'.repeat(8 * 1024) } })
        cases.push({ label: `${method} with a hostile signature header`, method, path: route.path, headers: { 'sanity-webhook-signature': 't=0,v1=%00../../', cookie: '__prerender_bypass=forged' } })
      }
      for (const { label, method, path, headers, data } of cases) {
        const response = await send(request, method, path, headers, data)
        const status = response.status()
        const allowed = route.junk === 'ignored' ? status < 400 : route.junk.includes(status)
        expect(allowed || (route.junk !== 'ignored' && status === 413), `${label}: ${status}`).toBe(true)
        await expectNoLeak(response, label)
      }
    })
  })
}

test('a header too long for the server is refused, not crashed on', async ({ request }) => {
  const response = await send(request, 'GET', '/api/content-lake', { 'x-fuzz': 'a'.repeat(64 * 1024) }).catch(() => null)
  // Node answers 431 (or closes the connection) before any route runs.
  if (response) expect(response.status()).toBe(431)
})

for (const path of TRAVERSALS) {
  test(`${path} serves no file from outside its folder`, async ({ request }) => {
    let response = await send(request, 'GET', path)
    // Next folds repeated slashes with a 308 to the same site; where that leads must be a 404 too.
    if (response.status() === 308) {
      const location = response.headers()['location'] ?? ''
      expect(location, path).toMatch(/^\/(?!\/)/)
      response = await send(request, 'GET', location)
    }
    expect([400, 404], path).toContain(response.status())
    const body = await response.text()
    expect(body).not.toContain('"dependencies"')
    expect(body).not.toContain('nextConfig')
    await expectNoLeak(response, path)
  })
}
