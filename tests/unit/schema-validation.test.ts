import { validateDocument, type SanityDocument } from 'sanity'
import { describe, expect, it } from 'vitest'
import { workspaceFor } from '@/lib/content/dataset-check'
import { readCommittedDocuments, SEED_SLUG } from '@/support/datasets'

/**
 * Runs the Studio's own validation (the same rules editors see) over the
 * committed dataset. The client that custom and uniqueness rules query is a
 * groq-js evaluator over the same documents (the build's dataset check uses
 * the same workspace).
 */
const documents = readCommittedDocuments()

/**
 * 'studio' validates as editors see it. 'cli' adds a check for fields the
 * schema does not declare, but appends it with .warning() to object-typed
 * fields, which downgrades their own rules (slug uniqueness among them) to
 * warnings; the dataset test runs both and fails on any marker.
 */
async function markersFor(
  document: (typeof documents)[number],
  docs = documents,
  environment: 'studio' | 'cli' = 'studio',
) {
  const ids = new Set(docs.map((d) => d._id))
  return validateDocument({
    document: document as SanityDocument,
    workspace: workspaceFor(docs),
    environment,
    getDocumentExists: async ({ id }) => ids.has(id),
  })
}

const errorsOf = (markers: Awaited<ReturnType<typeof markersFor>>) =>
  markers.filter((m) => m.level === 'error').map((m) => m.message)

describe('committed dataset', () => {
  it('passes the Studio schema validation, document by document', async () => {
    const failures: string[] = []
    for (const document of documents) {
      for (const environment of ['studio', 'cli'] as const) {
        const markers = await markersFor(document, documents, environment)
        for (const marker of markers.filter((m) => m.level !== 'info')) {
          failures.push(`${document._id} ${JSON.stringify(marker.path)}: [${marker.level}] ${marker.message}`)
        }
      }
    }
    expect(documents.length).toBeGreaterThan(50)
    expect(failures).toEqual([])
  })
})

describe('article validation', () => {
  const seed = documents.find((d) => d._id === `article-${SEED_SLUG}`)!

  it('names each missing required field in plain words', async () => {
    const { title, sources, summary, ...rest } = seed
    expect([title, sources, summary].every(Boolean)).toBe(true)
    const errors = errorsOf(await markersFor({ ...rest, _id: 'drafts.bad' }))
    expect(errors).toEqual(
      expect.arrayContaining([
        'Title: give the article a title.',
        'Summary: write a one- or two-sentence summary.',
        'Sources: cite at least one source.',
      ]),
    )
  })

  it('rejects a summary over 160 characters', async () => {
    const errors = errorsOf(await markersFor({ ...seed, summary: 'x'.repeat(161) }))
    expect(errors).toContain('Summary: use 160 characters at most; search engines cut longer descriptions.')
  })

  it('requires at least one when-to-see-a-doctor item', async () => {
    const section = seed.whenToSeeDoctor as Record<string, unknown>
    const errors = errorsOf(await markersFor({ ...seed, whenToSeeDoctor: { ...section, items: [] } }))
    expect(errors).toContain('When to see a doctor: add at least one sign that needs professional care.')
  })

  it('rejects review dates out of order', async () => {
    const errors = errorsOf(
      await markersFor({ ...seed, lastReviewed: '2027-01-10', nextReviewDue: '2026-12-01' }),
    )
    expect(errors).toContain('Next review due: must be after the last reviewed date.')
    const early = errorsOf(await markersFor({ ...seed, lastReviewed: '2020-01-01' }))
    expect(early).toContain('Last reviewed: cannot be earlier than the publication date.')
  })

  it('rejects the same cause listed twice', async () => {
    const section = seed.causes as { items: { _key: string }[] }
    const duplicate = { ...section.items[0]!, _key: 'duplicate' }
    const errors = errorsOf(await markersFor({ ...seed, causes: { ...section, items: [...section.items, duplicate] } }))
    expect(errors).toContain('Causes: the same entry is listed twice. Remove the duplicate or merge their text.')
  })

  it('rejects a slug another article already uses', async () => {
    const copy = { ...seed, _id: 'article-copy' }
    const errors = errorsOf(await markersFor(copy, [...documents, copy]))
    expect(errors).toContain('URL slug: another article already uses "gluteus-medius-trigger-points". Choose a different slug.')
  })

  it('rejects a citation of a source the article does not list, naming the field', async () => {
    const sources = seed.sources as { _ref: string }[]
    const cited = 'source-acupuncture-gluteus-medius-pain'
    expect(sources.map((s) => s._ref)).toContain(cited)
    const listed = errorsOf(await markersFor(seed))
    expect(listed).toEqual([])
    const errors = errorsOf(await markersFor({ ...seed, sources: sources.filter((s) => s._ref !== cited) }))
    expect(errors).toContain(
      'Citation: this source is not in the article\'s "Sources" list. Add it there, or cite one of the listed sources.',
    )
  })

  it('rejects a reference to a document that does not exist', async () => {
    const markers = await markersFor({ ...seed, region: { _type: 'reference', _ref: 'region-nowhere' } })
    expect(markers.some((m) => m.level === 'error' && JSON.stringify(m.path).includes('region'))).toBe(true)
  })
})

describe('web address validation', () => {
  const seed = documents.find((d) => d._id === `article-${SEED_SLUG}`)!
  const source = documents.find((d) => d._type === 'source')!

  function withLink(href: string) {
    const intro = seed.introduction as { body: { markDefs?: unknown[]; children: { marks?: string[] }[] }[] }
    const [first, ...rest] = intro.body
    const block = {
      ...first!,
      markDefs: [{ _key: 'hostile', _type: 'link', href }],
      children: first!.children.map((span, i) => (i === 0 ? { ...span, marks: ['hostile'] } : span)),
    }
    return { ...seed, introduction: { ...intro, body: [block, ...rest] } }
  }

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' data:text/html,<script>x</script>', 'vbscript:x', 'file:///etc/passwd', '//evil.example'])(
    'rejects the link %j with a message naming the field',
    async (href) => {
      const errors = errorsOf(await markersFor(withLink(href)))
      expect(errors.some((e) => e.startsWith('Link: this address cannot be a link.'))).toBe(true)
      // Sanity's own URI message ("Does not match allowed protocols/schemes") is replaced by one naming the field.
      expect(errors.every((e) => e.startsWith('Link: '))).toBe(true)
    },
  )

  it('accepts https, mailto, tel and site links', async () => {
    for (const href of ['https://www.nhs.uk/', 'mailto:a@example.org', 'tel:+441234', '/articles/hip-pain']) {
      expect(errorsOf(await markersFor(withLink(href)))).toEqual([])
    }
  })

  it('rejects a source address that is not a public web page', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/articles/x']) {
      const errors = errorsOf(await markersFor({ ...source, url }))
      expect(errors.some((e) => e.startsWith('Web address: this address cannot be a link.'))).toBe(true)
    }
    expect(errorsOf(await markersFor({ ...source, url: 'https://www.nice.org.uk/guidance' }))).toEqual([])
  })
})
