import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { describe, expect, it } from 'vitest'
import { API_CSP, PUBLIC_CSP, STUDIO_CSP, securityHeaderRules } from '@/lib/security-headers'

/**
 * The header rules as Next's own matcher reads them (tests/e2e/security-headers.spec.ts checks the served
 * headers). Their sources must name no parameter: Next recompiles every CSP against a rule's named
 * parameters on each request.
 */

const rules = securityHeaderRules()
const match = (source: string) => getPathMatch(source, { strict: true, removeUnnamedParams: true })

/** The Content-Security-Policy a request without cookies gets: the last matching rule that sets one. */
function csp(pathname: string): string | undefined {
  return rules
    .filter((rule) => !rule.has && match(rule.source)(pathname))
    .flatMap((rule) => rule.headers)
    .filter((header) => header.key === 'Content-Security-Policy')
    .at(-1)?.value
}

const PATHS = ['/', '/articles/hip-pain', '/search', '/api/search', '/studio', '/studio/structure/x', '/studiox', '/api', '/api/revalidate', '/apix', '/preview/articles/x', '/robots.txt']

describe('security header rules', () => {
  it.each(PATHS)('give %j no named parameter to compile', (pathname) => {
    for (const rule of rules) {
      const params = match(rule.source)(pathname)
      if (params) expect(params, rule.source).toEqual({})
    }
  })

  it.each([
    ['/', PUBLIC_CSP],
    ['/articles/hip-pain', PUBLIC_CSP],
    ['/robots.txt', PUBLIC_CSP],
    // Search runs on the server (app/api/search): the page compiles no WebAssembly, so it needs no more than any page.
    ['/search', PUBLIC_CSP],
    ['/api/search', API_CSP],
    ['/studio', STUDIO_CSP],
    ['/studio/structure/x', STUDIO_CSP],
    ['/studiox', PUBLIC_CSP],
    ['/api', API_CSP],
    ['/api/revalidate', API_CSP],
    ['/apix', PUBLIC_CSP],
  ] as [string, string | undefined][])('give %j its policy', (pathname, policy) => {
    expect(csp(pathname)).toBe(policy)
  })
})
