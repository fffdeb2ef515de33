/**
 * The site's one URL policy: which addresses stored in content may become a
 * link. The Portable Text renderer, the mappers (source URLs) and the Studio
 * schema all ask this module, so what an editor may save is exactly what a
 * reader can click.
 *
 * Why an allow-list: @portabletext/react copies `href` as stored, and React 19
 * blocks only `javascript:` (and then renders a `javascript:throw …`
 * placeholder); `data:text/html`, `vbscript:` and `file:` pass. Browsers also
 * forgive a lot before they read a scheme: they strip leading control
 * characters and spaces, drop tabs and newlines anywhere (`java\tscript:`), and
 * an HTML author may write `jav&#x09;ascript&colon;`. Rather than chase every
 * spelling of a bad scheme, only a few good shapes are accepted:
 *
 * - `http:` and `https:` with a host, `mailto:` and `tel:` with something after the colon;
 * - site-relative paths (`/…`, but not `//host` or `/\host`, which browsers read
 *   as another host) and fragments (`#…`).
 *
 * Anything else, or anything holding a control character or whitespace, is
 * not a link: the caller renders its words as text.
 */

export type UrlScheme = 'http' | 'https' | 'mailto' | 'tel'

export const LINK_SCHEMES: readonly UrlScheme[] = ['http', 'https', 'mailto', 'tel']

export interface SafeLink {
  href: string
  /** Leaves the site (http/https): rendered with rel="noopener noreferrer". */
  external: boolean
}

export interface UrlPolicy {
  /** Schemes accepted for absolute addresses (default: all of LINK_SCHEMES). */
  schemes?: readonly UrlScheme[]
  /** Accept `/path` and `#fragment` (default true). */
  allowRelative?: boolean
}

// C0 controls, space, DEL, the C1 controls, and the Unicode spaces and
// invisible formatting characters a browser or a reader could be fooled by.
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/
// A scheme is letters, digits, "+", "-" and "." before the first colon, so a
// character reference hiding one (`jav&#x09;ascript:`, `javascript&colon;`)
// leaves the address with no scheme, and an address with no scheme is a link
// only as `/path` or `#fragment`. React writes `&` in an attribute as `&amp;`,
// so no reference is ever decoded into the href a browser reads.
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/** Portable Text links: every accepted shape, on the site or off it. */
export const RICH_TEXT_LINK_POLICY: UrlPolicy = { schemes: LINK_SCHEMES, allowRelative: true }
/** A source's web address: a public web page, never a path on this site or an email address. */
export const SOURCE_URL_POLICY: UrlPolicy = { schemes: ['http', 'https'], allowRelative: false }

/** The link a stored address may become, or null when it must stay text. */
export function safeLink(raw: unknown, policy: UrlPolicy = {}): SafeLink | null {
  if (typeof raw !== 'string') return null
  const { schemes = LINK_SCHEMES, allowRelative = true } = policy
  const href = raw.trim()
  if (!href || FORBIDDEN.test(href)) return null

  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    if (!allowRelative) return null
    if (href.startsWith('#')) return { href, external: false }
    // `//host` and `/\host` name another host; a backslash anywhere in a path is
    // read as a slash by browsers, so none is accepted.
    if (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\')) return { href, external: false }
    return null
  }
  if (!(schemes as readonly string[]).includes(scheme)) return null

  const rest = href.slice(scheme.length + 1)
  if (scheme === 'mailto' || scheme === 'tel') return rest ? { href, external: false } : null
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  // `https:evil.com` and `https:/x` parse (the URL parser repairs them); only
  // the written form `scheme://host` is taken, with a host and no backslash.
  if (!rest.startsWith('//') || href.includes('\\') || !url.hostname) return null
  return { href, external: true }
}

function describeSchemes(schemes: readonly UrlScheme[]): string {
  const names = schemes.map((s) => (s === 'http' || s === 'https' ? `${s}://` : `${s}:`))
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '')
}

/**
 * The Studio's message for an address the policy refuses, naming the field, or
 * true when it is accepted (the shape Sanity's `rule.custom` expects).
 */
export function urlPolicyCheck(fieldLabel: string, policy: UrlPolicy = {}) {
  const { schemes = LINK_SCHEMES, allowRelative = true } = policy
  const accepted = `${describeSchemes(schemes)}${allowRelative ? ', or a page on this site starting with /' : ''}`
  return (value: unknown): true | string => {
    if (value === undefined || value === null || value === '') return true
    if (safeLink(value, policy)) return true
    return `${fieldLabel}: this address cannot be a link. Use an address starting with ${accepted}. Addresses starting with javascript:, data:, vbscript: or file:, and addresses with spaces, hidden characters or codes like "&#58;", are not allowed because they can run code in a reader's browser.`
  }
}
