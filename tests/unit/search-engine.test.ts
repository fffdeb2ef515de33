import { rmSync, writeFileSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchEntry } from '@/lib/content/types'
import { parseSearchQuery, searchApiUrl } from '@/lib/search/search-api'
import { SearchUnavailableError, bundleFetch, createSearchEngine, evaluatePagefind } from '@/lib/search/search-engine'
import { writeSearchIndex } from '@/lib/search/write-search-index'
import { searchFixture } from '../support/search-fixture'

/** The search engine over a real Pagefind index of the committed dataset, written once for these tests. */
let dir: string
let entries: SearchEntry[]

beforeAll(async () => {
  ;({ dir, entries } = await searchFixture('search-engine'))
  await writeSearchIndex(entries, path.join(dir, 'index'))
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const search = (term: string, region = '', page = 1) => createSearchEngine(path.join(dir, 'index')).search({ term, region, page })

describe('the search engine', () => {
  it('finds an article by its title, with its region and the matched words marked in the excerpt', async () => {
    const answer = await search('piriformis')
    expect(answer.total).toBeGreaterThan(0)
    const [first] = answer.hits
    expect(first?.url).toBe('/articles/piriformis-syndrome')
    expect(first?.title).toBe('Piriformis Syndrome: Causes, Symptoms and Treatment')
    expect(first?.region).toBe('Hip and Pelvis')
    expect(first?.excerpt.some((part) => part.marked && /piriformis/i.test(part.text))).toBe(true)
  })

  it('answers a page of ten at a time, the total counting them all, and no result twice', async () => {
    const first = await search('pain')
    expect(first.total).toBeGreaterThan(10)
    expect(first.hits).toHaveLength(10)
    const second = await search('pain', '', 2)
    expect(second.total).toBe(first.total)
    expect(second.hits).toHaveLength(Math.min(10, first.total - 10))
    const urls = [...first.hits, ...second.hits].map((hit) => hit.url)
    expect(new Set(urls).size).toBe(urls.length)
    expect((await search('pain', '', 99)).hits).toEqual([])
  })

  it('filters by body region', async () => {
    const everywhere = await search('stiffness')
    const knee = await search('stiffness', 'Knee')
    expect(knee.total).toBeGreaterThan(0)
    expect(knee.total).toBeLessThan(everywhere.total)
    for (const hit of knee.hits) expect(hit.region).toBe('Knee')
    expect((await search('stiffness', 'No Such Region')).total).toBe(0)
  })

  it('says when nothing matches', async () => {
    expect(await search('zzzyzx')).toMatchObject({ total: 0, hits: [] })
  })

  it('marks each query’s own words when queries run at once (Pagefind keeps one copy of each page)', async () => {
    const engine = createSearchEngine(path.join(dir, 'index'))
    // Pages both queries find: their excerpts are where one query's marks could leak into the other's.
    const terms = ['piriformis', 'stiffness', 'sciatica', 'pain']
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => terms.map((term) => engine.search({ term, region: '', page: 1 }))).flat(),
    )
    for (const answer of answers) {
      for (const hit of answer.hits) {
        const marked = hit.excerpt.filter((part) => part.marked).map((part) => part.text.toLowerCase())
        for (const text of marked) expect(text, `${answer.term}: ${hit.url}`).toContain(answer.term.slice(0, 4))
      }
    }
  })

  it('is unavailable, with a message naming the folder, when there is no index', async () => {
    const missing = createSearchEngine(path.join(dir, 'nowhere'))
    await expect(missing.search({ term: 'pain', region: '', page: 1 })).rejects.toThrow(SearchUnavailableError)
    await expect(missing.search({ term: 'pain', region: '', page: 1 })).rejects.toThrow(/nowhere.*npm run build/)
  })

  it('is unavailable when the index cannot be loaded, and loads it once it can', async () => {
    const broken = path.join(dir, 'broken')
    await mkdir(broken)
    await copyFile(path.join(dir, 'index', 'pagefind.js'), path.join(broken, 'pagefind.js'))
    const engine = createSearchEngine(broken)
    await expect(engine.search({ term: 'pain', region: '', page: 1 })).rejects.toThrow(SearchUnavailableError)
    // The index arrives (a build finishes): the next search loads it rather than keeping the failure.
    rmSync(broken, { recursive: true })
    await writeSearchIndex(entries, broken)
    expect((await engine.search({ term: 'pain', region: '', page: 1 })).total).toBeGreaterThan(10)
  }, 60_000)

  it('loads the index afresh after reading a set number of results, so a long-running server does not keep it all', async () => {
    const folder = path.join(dir, 'reloaded')
    await writeSearchIndex(entries, folder)
    const engine = createSearchEngine(folder, { resultsBeforeReload: 10 })
    const piriformis = { term: 'piriformis', region: '', page: 1 }
    expect((await engine.search(piriformis)).total).toBeGreaterThan(0)
    // The index is rebuilt without the piriformis article: an engine still holding the old one keeps finding it.
    await writeSearchIndex(
      entries.filter((entry) => entry.slug !== 'piriformis-syndrome'),
      folder,
    )
    const stillLoaded = await engine.search(piriformis)
    expect(stillLoaded.hits.map((hit) => hit.url)).toContain('/articles/piriformis-syndrome')
    // Past 10 results read (10 of "pain" on top of those above), the next search loads the index again.
    await engine.search({ term: 'pain', region: '', page: 1 })
    const reloaded = await engine.search(piriformis)
    expect(reloaded.hits.map((hit) => hit.url)).not.toContain('/articles/piriformis-syndrome')
  }, 60_000)

  it('refuses a pagefind.js it does not know how to load', () => {
    expect(() => evaluatePagefind('export default {}', bundleFetch(dir))).toThrow(SearchUnavailableError)
  })

  it('gives Pagefind only the files inside the index folder', async () => {
    writeFileSync(path.join(dir, 'secret.txt'), 'not part of the index')
    const fetch = bundleFetch(path.join(dir, 'index'))
    const entry = await fetch('pagefind-bundle:/pagefind-entry.json?ts=checked')
    expect(entry.status).toBe(200)
    expect(await entry.json()).toHaveProperty('languages')
    for (const url of [
      'pagefind-bundle:/../secret.txt',
      'pagefind-bundle:/fragment/../../secret.txt',
      'pagefind-bundle:/%2e%2e/secret.txt',
      'pagefind-bundle://etc/passwd',
      `file://${dir}/secret.txt`,
      'https://elsewhere.example/pagefind-entry.json',
      'pagefind-bundle:/no-such-file.json',
    ]) {
      expect((await fetch(url)).status, url).toBe(404)
    }
  })
})

describe('the search API’s query', () => {
  const parse = (query: string) => parseSearchQuery(new URLSearchParams(query))

  it('reads the words, the region and the page', () => {
    expect(parse('q=%20knee%20pain%20&region=Knee&page=3')).toEqual({ query: { term: 'knee pain', region: 'Knee', page: 3 } })
    expect(parse('q=knee')).toEqual({ query: { term: 'knee', region: '', page: 1 } })
  })

  it.each([
    ['', /^q is required/],
    ['q=%20', /^q is required/],
    [`q=${'a'.repeat(201)}`, /^q is longer than 200/],
    [`q=knee&region=${'r'.repeat(101)}`, /^region is longer/],
    ['q=knee&page=0', /^page must be/],
    ['q=knee&page=-1', /^page must be/],
    ['q=knee&page=1.5', /^page must be/],
    ['q=knee&page=101', /^page must be/],
    ['q=knee&page=', /^page must be/],
  ])('refuses %j', (query, message) => {
    const parsed = parse(query)
    expect('error' in parsed && parsed.error).toMatch(message)
  })

  it('writes the address the route reads back', () => {
    const query = { term: 'knee & hip', region: 'Hip and Pelvis', page: 2 }
    const url = new URL(searchApiUrl(query), 'http://localhost')
    expect(url.pathname).toBe('/api/search')
    expect(parseSearchQuery(url.searchParams)).toEqual({ query })
    expect(searchApiUrl({ term: 'knee', region: '', page: 1 })).toBe('/api/search?q=knee')
  })
})
