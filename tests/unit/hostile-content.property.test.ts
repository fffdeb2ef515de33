import fc from 'fast-check'
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { ArticleView } from '@/components/article/article-view'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { toArticle } from '@/lib/content/mappers'
import { safeLink } from '@/lib/safe-url'
import { articlePageSeo } from '@/lib/seo/pages'
import { serializeJsonLd } from '@/lib/seo/structured-data'
import { articleQuery } from '@/sanity/queries'
import type { ArticleQueryResult } from '@/sanity/types.generated'
import { SEED_SLUG } from '@/support/datasets'

/**
 * Arbitrary text in every text field of an article and of each document it
 * references (region, causes, symptoms, treatments, sources, people) renders
 * as text: the HTML has no element, attribute or comment that the template
 * does not write for benign text, every link is one the URL policy allows,
 * and each JSON-LD block parses back to the values the page was given.
 */

type RawArticle = NonNullable<ArticleQueryResult>
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment

const ORIGIN = 'https://health.example.org'

/** What breaks naive escaping: markup, script ends (with a space too), comments, entities, line separators. */
const NASTY = [
  '</script>',
  '</script >',
  '</SCRIPT\t>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '"',
  "'",
  '&',
  '&amp;',
  '&#x3C;',
  '&lt;script&gt;',
  '<',
  '>',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ufeff',
  '\u200b',
  '\u202e',
  '{{constructor}}',
  '${alert(1)}',
  '\n\n',
  '\\u003c',
  '\ud800',
  'javascript:alert(1)',
]

const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY) }, { weight: 2, arbitrary: fc.string({ unit: 'binary' }) }), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''))

/** Addresses: the hostile schemes in disguise, arbitrary strings, and good ones. */
const address = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    'https://example.org/"><script>alert(1)</script>',
    'https://www.nhs.uk/',
  ),
  text,
)

// Fields that are not free text: identities, references, slugs, dates, enums and Portable Text structure.
const NOT_TEXT = new Set([
  '_id',
  '_key',
  '_type',
  '_ref',
  '_updatedAt',
  'ref',
  'regionRef',
  'authorRef',
  'reviewerRef',
  'slug',
  'publishedAt',
  'lastReviewed',
  'nextReviewDue',
  'accessed',
  'urgency',
  'frequency',
  'kind',
  'style',
  'listItem',
  'marks',
  'href',
  'url',
])

type Path = (string | number)[]

/** Every free-text field of a raw article, as paths into it. */
function textPaths(value: unknown, path: Path = [], key = ''): Path[] {
  if (typeof value === 'string') return NOT_TEXT.has(key) ? [] : [path]
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index], key))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (NOT_TEXT.has(k) ? [] : textPaths(v, [...path, k], k)))
  }
  return []
}

function setAt(target: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], target)
  ;(parent as Record<string | number, unknown>)[path.at(-1) as string | number] = value
}

/** The seed article with every optional text filled and a link in its introduction, so every field is in play. */
function complete(raw: RawArticle): RawArticle {
  const full = structuredClone(raw)
  full.seo = { title: 'SEO title', description: 'SEO description', noIndex: false } as RawArticle['seo']
  full.author.credentials = 'MD'
  full.reviewedBy.credentials = 'DPT'
  for (const source of full.sources ?? []) {
    Object.assign(source.entity ?? {}, { authors: 'Smith J', publisher: 'NICE', url: 'https://www.nice.org.uk/', year: 2024 })
  }
  const block = full.introduction.body?.[0] as { markDefs?: unknown[]; children?: { marks?: string[] }[] }
  block.markDefs = [{ _key: 'link', _type: 'link', href: 'https://www.nhs.uk/' }]
  if (block.children?.[0]) block.children[0].marks = ['link']
  return full
}

interface Shape {
  /** `tag[attribute names]` of every element, and `#comment` for comments. */
  signatures: Set<string>
  scripts: string[]
  hrefs: string[]
}

function shapeOf(html: string): Shape {
  const shape: Shape = { signatures: new Set(), scripts: [], hrefs: [] }
  const visit = (node: Node) => {
    if (node.nodeName === '#comment') shape.signatures.add('#comment')
    if ('tagName' in node) {
      const names = node.attrs.map((a) => a.name).sort()
      const type = node.attrs.find((a) => a.name === 'type')?.value
      shape.signatures.add(`${node.tagName}[${names.join(' ')}]${node.tagName === 'script' ? `(${type})` : ''}`)
      for (const attr of node.attrs) if (attr.name === 'href') shape.hrefs.push(attr.value)
      if (node.tagName === 'script') {
        shape.scripts.push(node.childNodes.map((c) => ('value' in c ? c.value : '')).join(''))
      }
    }
    const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []
    for (const child of children) visit(child)
  }
  visit(parseFragment(html))
  return shape
}

function render(raw: RawArticle) {
  const article = toArticle(raw)
  const seo = articlePageSeo(article, ORIGIN)
  return { html: renderToStaticMarkup(createElement(ArticleView, { article, seo })), seo, article }
}

let base: RawArticle
let paths: Path[]
let benign: Shape

beforeAll(async () => {
  const raw = await createEmbeddedStore().fetch<ArticleQueryResult>(articleQuery, { slug: SEED_SLUG, previewCount: 6 }, { tags: [] })
  if (!raw) throw new Error('seed article missing')
  base = complete(raw)
  paths = textPaths(base)
  // The template's shapes with benign text: with every link, and with no link
  // at all (a source without an address is a <cite>) and text with line
  // breaks (Portable Text writes a <br> for one).
  const unlinked = structuredClone(base)
  paths.forEach((path) => setAt(unlinked, path, 'Benign line\nand the next.\n\nA new paragraph.'))
  setAt(unlinked, ['introduction', 'body', 0, 'markDefs'], [])
  setAt(unlinked, ['sources', 0, 'entity', 'url'], null)
  benign = shapeOf(render(base).html)
  for (const signature of shapeOf(render(unlinked).html).signatures) benign.signatures.add(signature)
})

describe('hostile text in every field of an article and its references', () => {
  it('covers the fields of the article and of each referenced document', () => {
    const names = new Set(paths.map((p) => p.filter((s) => typeof s === 'string').join('.')))
    for (const field of [
      'title',
      'summary',
      'region.name',
      'causes.items.entity.name',
      'causes.items.detail',
      'symptoms.items.entity.name',
      'treatments.items.entity.name',
      'whenToSeeDoctor.items.title',
      'recovery.phases.steps',
      'recovery.tips',
      'introduction.body.children.text',
      'sources.entity.title',
      'sources.entity.authors',
      'sources.entity.publisher',
      'author.name',
      'reviewedBy.credentials',
      'related.title',
    ]) {
      expect(names).toContain(field)
    }
  })

  it('renders no element, attribute or comment the template does not write, and JSON-LD that parses back', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: paths.length, maxLength: paths.length }), address, address, (texts, href, url) => {
        const raw = structuredClone(base)
        paths.forEach((path, index) => setAt(raw, path, texts[index]))
        setAt(raw, ['introduction', 'body', 0, 'markDefs', 0, 'href'], href)
        setAt(raw, ['sources', 0, 'entity', 'url'], url)
        const { html, seo, article } = render(raw)
        const shape = shapeOf(html)

        for (const signature of shape.signatures) expect(benign.signatures).toContain(signature)
        expect(shape.scripts).toHaveLength(benign.scripts.length)
        for (const link of shape.hrefs) {
          if (!benign.hrefs.includes(link)) expect(safeLink(link), link).not.toBeNull()
        }
        // Each block is the page's structured data, value for value (JSON drops undefined).
        expect(shape.scripts.map((s) => JSON.parse(s))).toEqual(JSON.parse(JSON.stringify(seo.structuredData)))
        const page = JSON.parse(shape.scripts[0] as string) as { headline: string; author: { name: string } }
        expect(page.headline).toBe(raw.title)
        expect(page.author.name).toBe(article.author.name)
      }),
      { numRuns: 150 },
    )
  })
})

describe('a source address the URL policy refuses', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/articles/x', 'vbscript:x'])(
    '%j leaves the citation unlinked, on the page and in its JSON-LD',
    (url) => {
      const raw = structuredClone(base)
      setAt(raw, ['sources', 0, 'entity', 'url'], url)
      const { html, seo, article } = render(raw)
      expect(article.sources[0]?.url).toBeUndefined()
      const page = seo.structuredData[0] as { citation: { name: string; url?: string }[] }
      expect(page.citation[0]).not.toHaveProperty('url')
      expect(html).toContain(`<cite>${article.sources[0]?.title}</cite>`)
    },
  )
})

describe('JSON-LD serialisation', () => {
  it('never lets a string end the script element or open a comment, and parses back', () => {
    fc.assert(
      fc.property(text, (value) => {
        const serialized = serializeJsonLd({ name: value, nested: [value] })
        expect(serialized).not.toMatch(/[<>&\u2028\u2029]/)
        expect(JSON.parse(serialized)).toEqual({ name: value, nested: [value] })
      }),
      { numRuns: 500 },
    )
  })

  it('escapes "</script >" with a space, which next-seo 7.3 misses', () => {
    const serialized = serializeJsonLd({ name: 'a</script >b</SCRIPT\n>c' })
    expect(serialized).not.toMatch(/<\/script/i)
    expect(serialized).toContain('\\u003c/script \\u003e')
    expect(shapeOf(`<script type="application/ld+json">${serialized}</script>`).scripts).toEqual([serialized])
  })
})
