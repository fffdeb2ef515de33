import { describe, expect, it } from 'vitest'
import { createEmbeddedSource } from '@/lib/content/embedded-source'
import { createGateway } from '@/lib/content/gateway'
import { excerptParts } from '@/lib/search/excerpt'
import { toSearchDocument } from '@/lib/search/search-document'

const entry = {
  title: 'Knee pain </h1><script>alert(1)</script>',
  slug: 'knee-pain',
  summary: 'Pain "around" the kneecap & more',
  conditionName: 'Patellofemoral pain syndrome',
  regionName: 'Knee',
  names: ['Stiffness', 'Physical Therapy'],
}

describe('search documents', () => {
  it('points at the article and escapes every character of the editors’ text', () => {
    const { url, html } = toSearchDocument(entry)
    expect(url).toBe('/articles/knee-pain')
    expect(html).not.toContain('<script>')
    expect(html).toContain('Knee pain &lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Pain &quot;around&quot; the kneecap &amp; more')
    expect(html.match(/<h1 /g)).toHaveLength(1)
  })

  it('offers the region as a filter and keeps the title for the result list', () => {
    const { html } = toSearchDocument(entry)
    expect(html).toMatch(/<p data-pagefind-filter="region" data-pagefind-meta="region">Knee<\/p>/)
    expect(html).toMatch(/<h1 data-pagefind-meta="title" data-pagefind-weight="10">/)
    expect(html).toContain('Stiffness, Physical Therapy')
  })

  it('leaves out the condition name when the title already says it', () => {
    expect(toSearchDocument({ ...entry, conditionName: 'knee pain' }).html).not.toMatch(/weight="5"/)
  })

  it('indexes every article of the dataset with its region and the names of what it references', async () => {
    const store = createEmbeddedSource(undefined, { recentResults: 0 })
    const entries = await createGateway(() => store).getSearchEntries()
    const seed = entries.find((e) => e.slug === 'gluteus-medius-trigger-points')
    expect(seed?.regionName).toBe('Hip and Pelvis')
    expect(seed?.names).toContain('Physical Therapy')
    expect(new Set(entries.map((e) => e.slug)).size).toBe(entries.length)
  })
})

describe('search excerpts', () => {
  it('keeps the marked words and never turns text into markup', () => {
    expect(excerptParts('Hip <mark>pain</mark> &amp; &lt;img onerror=x&gt; <b>bold</b>')).toEqual([
      { text: 'Hip ', marked: false },
      { text: 'pain', marked: true },
      { text: ' & <img onerror=x> bold', marked: false },
    ])
  })
})
