import { describe, expect, it } from 'vitest'
import { sourceList } from '@/components/article/source-list'
import { richText } from '@/components/rich-text'
import { createGateway } from '@/lib/content/gateway'
import { renderHtml } from '@/lib/html/render'
import type { Article, CitationMark, RichText as RichTextValue } from '@/lib/content/types'
import { createEmbeddedStore, type SanityDocumentLike } from '@/lib/embedded-groq/embedded-store'
import { readCommittedDocuments, SEED_SLUG, writeTempDataset } from '@/support/datasets'

/**
 * In-text citations from the GROQ query (which resolves each citation to its
 * source's entry in the article's list) through the mapper (which numbers
 * them) to the rendered marks and source list.
 */

const ACUPUNCTURE = 'source-acupuncture-gluteus-medius-pain'
const GLUTES = 'source-treating-trigger-points-glutes'

async function seedArticle(change?: (seed: SanityDocumentLike) => SanityDocumentLike): Promise<Article> {
  const documents = readCommittedDocuments().map((d) => (d._id === `article-${SEED_SLUG}` && change ? change(d) : d))
  const gateway = createGateway(() => createEmbeddedStore(writeTempDataset(documents)))
  const article = await gateway.getArticle(SEED_SLUG)
  if (!article) throw new Error('seed article missing')
  return article
}

/** Every citation mark in the text, in reading order, with the words it marks. */
function citations(body: RichTextValue): { mark: CitationMark; words: string }[] {
  return body.flatMap((block) =>
    (block.markDefs ?? [])
      .filter((def): def is CitationMark => def._type === 'citation')
      .map((mark) => ({
        mark,
        words: block.children
          .filter((span) => 'marks' in span && (span.marks as string[]).includes(mark._key))
          .map((span) => ('text' in span ? span.text : ''))
          .join(''),
      })),
  )
}

const sourceRefs = (seed: SanityDocumentLike) => seed.sources as { _key: string; _ref: string }[]

describe('citations on the seed article', () => {
  it('are numbered by their source’s place in the list; only the first of each gets the back-link target', async () => {
    const article = await seedArticle()
    const intro = citations(article.introduction.body)
    const conclusion = citations(article.conclusion.body)
    expect(intro.map((c) => [c.mark.number, c.mark.id])).toEqual([
      [3, 'cite-3'],
      [4, 'cite-4'],
    ])
    expect(intro[1]?.words).toBe('referred pain in the lower back, hips')
    // Source 4 is cited again in the conclusion: same number, no second target.
    expect(conclusion.map((c) => [c.mark.number, c.mark.id])).toEqual([[4, undefined]])
    expect(article.sources.map((s) => s.citedAt)).toEqual([undefined, undefined, 'cite-3', 'cite-4', undefined])
  })

  it('follow the list when an editor reorders the sources', async () => {
    const article = await seedArticle((seed) => ({ ...seed, sources: [...sourceRefs(seed)].reverse() }))
    // Five sources reversed: the acupuncture source (3rd) stays 3rd, the glutes source (4th) becomes 2nd.
    expect(citations(article.introduction.body).map((c) => c.mark.number)).toEqual([3, 2])
    expect(citations(article.conclusion.body).map((c) => c.mark.number)).toEqual([2])
    expect(article.sources.find((s) => s.number === 2)?.citedAt).toBe('cite-2')
  })

  it('give the back-link target to the citation a reader meets first, whatever the order of marks in the data', async () => {
    // Both introduction citations now cite the glutes source, their mark definitions stored in reverse.
    const article = await seedArticle((seed) => {
      const intro = seed.introduction as { body: { markDefs: { source?: unknown }[] }[] }
      const body = intro.body.map((block) => ({
        ...block,
        markDefs: block.markDefs.map((def) => ({ ...def, source: { _type: 'reference', _ref: GLUTES } })).reverse(),
      }))
      return { ...seed, introduction: { ...intro, body } }
    })
    const [first, second] = citations(article.introduction.body)
    expect(first?.words).toMatch(/^The gluteus medius is located/)
    expect([first?.mark.id, second?.mark.id]).toEqual(['cite-4', undefined])
    expect(article.sources.map((s) => s.citedAt)).toEqual([undefined, undefined, undefined, 'cite-4', undefined])
  })

  it('of a source missing from the list render the words without a link, and do not fail the build', async () => {
    const article = await seedArticle((seed) => ({
      ...seed,
      sources: sourceRefs(seed).filter((s) => s._ref !== ACUPUNCTURE),
    }))
    const [orphan, glutes] = citations(article.introduction.body)
    expect(orphan?.mark.number).toBeUndefined()
    expect(glutes?.mark.number).toBe(3) // the glutes source moved up to 3rd
    const html = renderHtml(richText(article.introduction.body))
    expect(html).toContain(`${orphan?.words}, and maintaining balance`)
    expect(html.match(/<sup/g)).toHaveLength(1)
    expect(html).toContain('href="#source-3"')
  })
})

describe('citation markup', () => {
  it('links [n] to its source with the name "Source n", and the source back to its first citation', async () => {
    const article = await seedArticle()
    const text = renderHtml(richText(article.introduction.body))
    expect(text).toContain(
      'hips<sup class="citation"><a href="#source-4" id="cite-4" aria-label="Source 4">[4]</a></sup>, and even the knees',
    )
    const list = renderHtml(sourceList(article.sources))
    const backLinks = [...list.matchAll(/<li id="(source-\d)">.*?<\/li>/g)].map((m) => [
      m[1],
      /href="#(cite-\d)"/.exec(m[0])?.[1],
    ])
    expect(backLinks).toEqual([
      ['source-1', undefined],
      ['source-2', undefined],
      ['source-3', 'cite-3'],
      ['source-4', 'cite-4'],
      ['source-5', undefined],
    ])
  })

  it('keeps a link mark working beside citations', () => {
    const value: RichTextValue = [
      {
        _type: 'block',
        _key: 'b',
        style: 'normal',
        markDefs: [{ _type: 'link', _key: 'l', href: 'https://www.nhs.uk/' }],
        children: [{ _type: 'span', _key: 's', text: 'NHS', marks: ['l'] }],
      },
    ]
    expect(renderHtml(richText(value))).toContain('<a href="https://www.nhs.uk/"')
  })
})

it('cites only sources the seed lists', () => {
  const seed = readCommittedDocuments().find((d) => d._id === `article-${SEED_SLUG}`)!
  const listed = sourceRefs(seed).map((s) => s._ref)
  const cited = ['introduction', 'conclusion'].flatMap((section) =>
    (seed[section] as { body: { markDefs: { source?: { _ref: string } }[] }[] }).body.flatMap((b) =>
      b.markDefs.map((d) => d.source?._ref),
    ),
  )
  expect(cited).toEqual([ACUPUNCTURE, GLUTES, GLUTES])
  expect(cited.every((ref) => ref && listed.includes(ref))).toBe(true)
})
