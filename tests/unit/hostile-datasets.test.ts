import { readdirSync } from 'node:fs'
import path from 'node:path'
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ArticleView } from '@/components/article/article-view'
import { HomeView } from '@/components/home-view'
import { RegionView } from '@/components/region-view'
import { checkDatasetFile, formatProblem } from '@/lib/content/dataset-check'
import { createGateway } from '@/lib/content/gateway'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { articlePageSeo, homePageSeo, regionPageSeo } from '@/lib/seo/pages'
import { SEED_SLUG } from '@/support/datasets'

/**
 * The hostile fixture set (tests/fixtures/hostile/, one small export per
 * case, each the seed article and what it references with one thing wrong).
 * The build's dataset check (scripts/check-dataset.ts) either passes a
 * fixture, and then its pages render through the real gateway, mappers and
 * views, or fails it with exactly one line per problem, naming the document
 * and the field.
 */

const DIR = path.join(process.cwd(), 'tests', 'fixtures', 'hostile')
const ORIGIN = 'https://health.example.org'
const ARTICLE = `article-${SEED_SLUG}`

/** The text of every text node under `node`, in document order (script contents included). */
function textOf(node: DefaultTreeAdapterTypes.ParentNode | DefaultTreeAdapterTypes.ChildNode): string {
  if ('value' in node && node.nodeName === '#text') return node.value
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''
}

/** What the check must say about each fixture that must fail, line for line. */
const FAILS: Record<string, string[]> = {
  'missing-required-fields': [
    `${ARTICLE} › title: Title: give the article a title.`,
    `${ARTICLE} › summary: Summary: write a one- or two-sentence summary.`,
    `${ARTICLE} › region: Body region: choose where this article belongs.`,
  ],
  'dangling-reference': [`${ARTICLE} › causes.items[0].cause: references "cause-does-not-exist", which does not exist.`],
  'duplicate-slugs': [
    `${ARTICLE} › slug: URL slug: another article already uses "${SEED_SLUG}". Choose a different slug.`,
    `article-copy › slug: URL slug: another article already uses "${SEED_SLUG}". Choose a different slug.`,
  ],
  'reference-to-draft': [
    `${ARTICLE} › sources[0]: references the draft "drafts.source-new-draft"; published pages show published documents only. Publish it and reference "source-new-draft".`,
    `${ARTICLE} › sources[5]: references "source-unpublished", which is an unpublished draft; publish it first.`,
  ],
  'empty-arrays': [
    `${ARTICLE} › sources: Sources: cite at least one source.`,
    `${ARTICLE} › causes.items: Causes: add at least one cause.`,
    `${ARTICLE} › whenToSeeDoctor.items: When to see a doctor: add at least one sign that needs professional care.`,
  ],
  'review-dates-out-of-order': [`${ARTICLE} › nextReviewDue: Next review due: must be after the last reviewed date.`],
  'unknown-type': [
    'widget-1 › _type: unknown document type "widget"; the schema has article, bodyRegion, cause, person, source, symptom, treatment.',
  ],
  'cyclic-reference': [
    `${ARTICLE} › region: reference cycle: ${ARTICLE} → ${ARTICLE}; a document may not refer back to itself.`,
  ],
}

/** Fixtures that must pass the check and render; each names what its pages must show. */
const RENDERS = ['large-body', 'unicode', 'region-without-articles']

const fixture = (name: string) => path.join(DIR, `${name}.ndjson`)

async function render(name: string) {
  const gateway = createGateway(() => createEmbeddedStore(fixture(name)))
  const article = await gateway.getArticle(SEED_SLUG)
  if (!article) throw new Error(`${name}: the article did not load`)
  const articleHtml = renderToStaticMarkup(createElement(ArticleView, { article, seo: articlePageSeo(article, ORIGIN) }))
  const home = renderToStaticMarkup(
    createElement(HomeView, {
      regions: await gateway.getRegionsWithArticles(),
      recent: await gateway.getRecentlyReviewed(),
      seo: homePageSeo(ORIGIN),
    }),
  )
  return { gateway, article, articleHtml, home }
}

describe('hostile fixture set', () => {
  it('has a case for every fixture file, and a file for every case', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ndjson')).map((f) => f.replace(/\.ndjson$/, ''))
    expect(files.sort()).toEqual([...Object.keys(FAILS), ...RENDERS].sort())
  })

  it.each(Object.entries(FAILS))('%s fails with one line per problem, naming document and field', async (name, lines) => {
    const problems = (await checkDatasetFile(fixture(name))).map(formatProblem)
    expect(problems).toEqual(lines)
    // Messages for editors: no stack frames, no file paths.
    for (const line of problems) expect(line).not.toMatch(/\bat \S+:\d+|\/work\/|node_modules/)
  })

  it.each(RENDERS)('%s passes the check', async (name) => {
    expect((await checkDatasetFile(fixture(name))).map(formatProblem)).toEqual([])
  })

  it('renders a 1 MB Portable Text body in full', async () => {
    const { article, articleHtml } = await render('large-body')
    expect(article.introduction.body.length).toBeGreaterThan(500)
    // 1 MB of Portable Text JSON is some 800 kB of paragraphs.
    expect(articleHtml.length).toBeGreaterThan(700_000)
    expect(articleHtml).toContain('<h2')
  })

  it('renders right-to-left, emoji and zero-width text as the editor wrote it', async () => {
    const { article, articleHtml } = await render('unicode')
    // What a browser reads: article sections write characters beyond Latin-1 as character references.
    const text = textOf(parseFragment(articleHtml))
    expect(article.title).toContain('🦴')
    expect(text).toContain(article.title)
    expect(text).toContain('\u202eevil\u202c')
    expect(text).toContain('𝔘𝔫𝔦𝔠𝔬𝔡𝔢')
    expect(text).toContain('\u2066isolate\u2069')
  })

  it('gives a region with no articles a page and a home card that say so', async () => {
    const { gateway, home } = await render('region-without-articles')
    const region = await gateway.getRegion('empty-region', 1)
    // Not a silent 404 and not an empty list: the region's page exists and tells the reader.
    expect(region).not.toBeNull()
    const html = renderToStaticMarkup(createElement(RegionView, { region: region!, seo: regionPageSeo(region!, ORIGIN) }))
    expect(html).toContain('Empty region conditions')
    expect(html).toContain('There are no articles for this body region yet.')
    expect(home).toMatch(/<a href="\/regions\/empty-region">Empty region<\/a><\/h3><p>[^<]*<\/p><p>No articles yet\.<\/p>/)
  })
})
