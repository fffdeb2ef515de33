/**
 * The site's response headers: one Content-Security-Policy per kind of page,
 * and the headers every response carries.
 * next.config.mjs imports this module (Node strips its types), so it must stay plain, erasable TypeScript with
 * relative imports and no `@/` alias. docs/architecture.md ("Security
 * headers") says what each policy allows and why.
 *
 * Why 'unsafe-inline' stays in script-src on public pages: the pages are
 * prerendered, and the App Router writes its flight data as inline
 * `self.__next_f.push(...)` scripts that differ on every page. A nonce makes
 * every page dynamic (no static generation); a hash per inline script would
 * need a per-page header list computed after the build, and `strict-dynamic`
 * without a nonce or hash blocks Next's own scripts. What keeps content from
 * becoming script is the content path itself: the URL policy
 * (lib/safe-url.ts), React's escaping and the JSON-LD escaper, tested with
 * hostile and arbitrary strings. The policy still forbids eval, plugins,
 * foreign scripts, foreign frames, <base> hijacking and foreign form targets.
 */

type Directives = Record<string, readonly string[]>

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** What every HTML page shares: nothing from other origins, no plugins, no <base> or form hijack. */
const BASE: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only the Studio's Presentation tool, served from this origin, frames the site.
  'frame-ancestors': ["'self'"],
  'frame-src': ["'none'"],
}

/** Public pages: the base policy. */
export const PUBLIC_CSP = serialize(BASE)

/**
 * Where the Studio and preview pages read content: the hosted Content Lake
 * (API and live listeners) and the local Content Lake, which only ever listens
 * on loopback, on a port chosen when `npm start` runs.
 */
const CONTENT_APIS = [
  'https://*.api.sanity.io',
  'wss://*.api.sanity.io',
  'https://api.sanity.io',
  'http://127.0.0.1:*',
  'ws://127.0.0.1:*',
  'http://localhost:*',
  'ws://localhost:*',
]

/**
 * /studio: Sanity Studio adds styled-components' inline styles, its Inter
 * font from Sanity's design-system host, user avatars and image previews from
 * Sanity's CDN, blob: workers and images, and frames the site itself in the
 * Presentation tool. Nobody may frame the Studio. It gets no 'unsafe-eval'
 * (it runs without), and no remote script: the Studio tries to load Sanity's
 * dashboard bridge (core.sanity-cdn.com/bridge.js) and to check sanity-cdn.com
 * for module updates; both stay blocked, since the site ships its own build
 * of the Studio and runs it offline on the embedded default.
 */
export const STUDIO_CSP = serialize({
  ...BASE,
  'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io', 'https://lh3.googleusercontent.com'],
  'font-src': ["'self'", 'https://design-system-static.sanity.io'],
  'connect-src': ["'self'", ...CONTENT_APIS],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'"],
  'frame-ancestors': ["'none'"],
})

/**
 * Preview (draft mode, framed by the Presentation tool from the same origin):
 * the public policy plus the content APIs its live updates read.
 */
export const PREVIEW_CSP = serialize({ ...BASE, 'connect-src': ["'self'", ...CONTENT_APIS] })

/** API routes answer data, never a document: nothing may load, nothing may frame them. */
export const API_CSP = serialize({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })

/** Headers on every response: pages, API routes, files like robots.txt. */
export const COMMON_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'SAMEORIGIN',
}

/** Next's draft-mode cookie: present only on a preview session. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

interface HeaderRule {
  source: string
  has?: { type: 'cookie'; key: string }[]
  headers: { key: string; value: string }[]
}

const list = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }))

/**
 * Rule sources name no parameter: for a rule whose source has named parameters
 * (`/:path*`), Next compiles every header value holding a ":" (every
 * Content-Security-Policy) against them on each request, some 18 us of an
 * article's ~650 us (bench/RESULTS.md, "Serving"); unnamed groups are dropped
 * before that, so these values go out as written.
 */
const EVERY_PAGE = '/(.*)'
/** `prefix` itself and every path under it. */
const under = (prefix: string) => `${prefix}(/.*)?`

/**
 * The rules for next.config.mjs `headers()`. Next applies every matching rule
 * in order and a later value for the same header wins, so the general rule
 * comes first and each narrower one after it.
 */
export function securityHeaderRules(): HeaderRule[] {
  return [
    { source: EVERY_PAGE, headers: list({ ...COMMON_HEADERS, 'Content-Security-Policy': PUBLIC_CSP }) },
    {
      source: EVERY_PAGE,
      has: [{ type: 'cookie', key: DRAFT_MODE_COOKIE }],
      headers: list({ 'Content-Security-Policy': PREVIEW_CSP, 'X-Robots-Tag': 'noindex, nofollow' }),
    },
    // The preview copies of the pages (app/preview/) are reached by rewrite; fetched by their own path, never indexed.
    { source: under('/preview'), headers: list({ 'X-Robots-Tag': 'noindex, nofollow' }) },
    // under() includes the prefix itself, so this covers /studio.
    { source: under('/studio'), headers: list({ 'Content-Security-Policy': STUDIO_CSP, 'X-Frame-Options': 'DENY' }) },
    { source: under('/api'), headers: list({ 'Content-Security-Policy': API_CSP, 'X-Frame-Options': 'DENY' }) },
  ]
}
