import { describe, expect, it } from 'vitest'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { createGateway } from '@/lib/content/gateway'
import { excerptParts } from '@/lib/search/excerpt'
import { regionOptions } from '@/lib/search/regions'
import { toSearchDocument } from '@/lib/search/search-document'
import { enteredAtOnce } from '@/lib/search/typing'

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
    const store = createEmbeddedStore()
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

describe('search box input', () => {
  it('waits for the pause after a key typed or deleted, and searches a whole query at once', () => {
    expect(enteredAtOnce('stiff', 'stiffn')).toBe(false)
    expect(enteredAtOnce('stiffn', 'stiff')).toBe(false)
    expect(enteredAtOnce('', 's')).toBe(false)
    expect(enteredAtOnce('', 'stiffness')).toBe(true)
    expect(enteredAtOnce('knee', 'knee pain')).toBe(true)
    expect(enteredAtOnce('stiffness', '')).toBe(true)
    expect(enteredAtOnce('s', '')).toBe(true)
    expect(enteredAtOnce('', ' ')).toBe(true)
  })
})

describe('region filter choices', () => {
  it('lists each region with articles by name, as the index names its filter values', async () => {
    const store = createEmbeddedStore()
    const options = regionOptions(await createGateway(() => store).getRegionsWithArticles())
    const entries = await createGateway(() => store).getSearchEntries()
    const indexed = new Map<string, number>()
    for (const { regionName } of entries) indexed.set(regionName, (indexed.get(regionName) ?? 0) + 1)
    expect(options.map(({ name }) => name)).toEqual([...indexed.keys()].sort((a, b) => a.localeCompare(b, 'en-GB')))
    for (const { name, articles } of options) expect(articles, name).toBe(indexed.get(name))
  })

  it('leaves out a region without articles', () => {
    expect(regionOptions([{ name: 'Neck', articleCount: 0 }, { name: 'Knee', articleCount: 2 }])).toEqual([{ name: 'Knee', articles: 2 }])
  })
})
