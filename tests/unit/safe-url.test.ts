import { describe, expect, it } from 'vitest'
import { richText } from '@/components/rich-text'
import { renderHtml } from '@/lib/html/render'
import type { RichText as RichTextValue } from '@/lib/content/types'
import { RICH_TEXT_LINK_POLICY, safeLink, SOURCE_URL_POLICY, urlPolicyCheck } from '@/lib/safe-url'

/** Addresses that must never become a link, whatever the policy. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#9;ascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;avascript:alert(1)',
  '\u200bjavascript:alert(1)',
  'java\u200bscript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:text/html,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'FILE://c:/windows',
  'blob:https://example.org/uuid',
  'ftp://example.org/file',
  'chrome://settings',
  'about:blank',
  'intent://x#Intent;end',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  'https:evil.example',
  'https:/evil.example',
  'https://',
  'https://exa mple.org',
  'https://example.org/\\..',
  'mailto:',
  'tel:',
  'relative/path',
  '../up',
  'evil.example',
  '',
  '   ',
]

/** Addresses that must become links, with whether they leave the site. */
const GOOD: [string, boolean][] = [
  ['https://www.nhs.uk/conditions/', true],
  ['HTTPS://WWW.NHS.UK/', true],
  ['http://example.org/a?b=c&d=e#f', true],
  ['https://example.org/path%20with%20spaces', true],
  ['mailto:editor@example.org', false],
  ['tel:+441234567890', false],
  ['/articles/hip-pain', false],
  ['/articles/hip-pain?x=1#causes', false],
  ['#sources', false],
]

function linkIn(href: string): string {
  const value = [
    {
      _type: 'block',
      _key: 'b',
      style: 'normal',
      markDefs: [{ _key: 'l', _type: 'link', href }],
      children: [{ _type: 'span', _key: 's', text: 'the link words', marks: ['l'] }],
    },
  ] as unknown as RichTextValue
  return renderHtml(richText(value))
}

describe('URL policy', () => {
  it.each(HOSTILE)('refuses %j', (href) => {
    expect(safeLink(href)).toBeNull()
    expect(safeLink(href, SOURCE_URL_POLICY)).toBeNull()
  })

  it.each(GOOD)('accepts %j', (href, external) => {
    expect(safeLink(href, RICH_TEXT_LINK_POLICY)).toEqual({ href: href.trim(), external })
  })

  it('takes only public web pages for a source', () => {
    expect(safeLink('https://example.org', SOURCE_URL_POLICY)).not.toBeNull()
    expect(safeLink('/articles/x', SOURCE_URL_POLICY)).toBeNull()
    expect(safeLink('mailto:a@b.c', SOURCE_URL_POLICY)).toBeNull()
  })

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://x.org']]) expect(safeLink(value)).toBeNull()
  })
})

describe('Portable Text links', () => {
  it.each(HOSTILE.filter((h) => h.trim()))('render %j as its words, with no link', (href) => {
    const html = linkIn(href)
    expect(html).toBe('<p>the link words</p>')
  })

  it('give external links rel="noopener noreferrer" and site links none', () => {
    expect(linkIn('https://www.nhs.uk/')).toBe(
      '<p><a href="https://www.nhs.uk/" rel="noopener noreferrer">the link words</a></p>',
    )
    expect(linkIn('/articles/hip-pain')).toBe('<p><a href="/articles/hip-pain">the link words</a></p>')
    expect(linkIn('mailto:editor@example.org')).toBe('<p><a href="mailto:editor@example.org">the link words</a></p>')
  })
})

describe('the Studio message', () => {
  it('names the field, says what is accepted and why', () => {
    const check = urlPolicyCheck('Link', RICH_TEXT_LINK_POLICY)
    expect(check('https://example.org')).toBe(true)
    expect(check(undefined)).toBe(true)
    const message = check('javascript:alert(1)')
    expect(message).toMatch(/^Link: this address cannot be a link\./)
    expect(message).toContain('https://')
    expect(message).toContain('starting with /')
    expect(urlPolicyCheck('Web address', SOURCE_URL_POLICY)('/x')).not.toContain('starting with /')
  })
})
