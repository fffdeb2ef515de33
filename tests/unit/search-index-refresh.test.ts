import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SearchEntry } from '@/lib/content/types'
import { createSearchEngine } from '@/lib/search/search-engine'
import { createSearchIndexRefresh } from '@/lib/search/search-index-refresh'
import { writeSearchIndex } from '@/lib/search/write-search-index'
import { searchFixture } from '../support/search-fixture'

/** The refresh against a real index and engine: what a search finds before and after a publish. */
let dir: string
let entries: SearchEntry[]

beforeAll(async () => {
  ;({ dir, entries } = await searchFixture('search-refresh'))
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function setUp(name: string) {
  const folder = path.join(dir, name)
  await writeSearchIndex(entries, folder)
  const engine = createSearchEngine(folder)
  const found = async (term: string) => (await engine.search({ term, region: '', page: 1 })).hits.map((hit) => hit.title)
  return { folder, engine, found, staging: `${folder}.next` }
}

/** The dataset as the lake holds it after an editor retitles the piriformis article. */
const retitled = (word: string) =>
  entries.map((entry) => (entry.slug === 'piriformis-syndrome' ? { ...entry, title: `Deep Buttock ${word} Syndrome` } : entry))

describe('the search index after a publish', () => {
  it('is rewritten from the lake once publishing is quiet, and searches find the corrected title', async () => {
    const { engine, found, staging } = await setUp('corrected')
    const write = vi.fn(writeSearchIndex)
    const log = vi.fn()
    const refresh = createSearchIndexRefresh({ entries: async () => retitled('Zephyrine'), write, engine, staging, quietMs: 20, log })
    expect(await found('zephyrine')).toEqual([])
    // Three publishes close together: one rewrite.
    refresh.schedule()
    refresh.schedule()
    refresh.schedule()
    await refresh.idle()
    expect(write).toHaveBeenCalledTimes(1)
    expect(await found('zephyrine')).toEqual(['Deep Buttock Zephyrine Syndrome'])
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^search: index rewritten after a publish, \d+ articles/))
  }, 60_000)

  it('rewrites again when a publish arrives during a rewrite, so the last publish is what searches see', async () => {
    const { engine, found, staging } = await setUp('again')
    let word = 'Quillonite'
    const write = vi.fn(async (current: SearchEntry[], folder: string) => {
      // The next publish lands while this rewrite runs.
      if (write.mock.calls.length === 1) {
        word = 'Tarragonite'
        refresh.schedule()
      }
      await writeSearchIndex(current, folder)
    })
    const refresh = createSearchIndexRefresh({ entries: async () => retitled(word), write, engine, staging, quietMs: 20, log: () => {} })
    refresh.schedule()
    await refresh.idle()
    expect(write).toHaveBeenCalledTimes(2)
    expect(await found('tarragonite')).toEqual(['Deep Buttock Tarragonite Syndrome'])
    expect(await found('quillonite')).toEqual([])
  }, 60_000)

  it('keeps the index searches use when the lake cannot be read, and says why', async () => {
    const { engine, found, staging } = await setUp('kept')
    const log = vi.fn()
    const refresh = createSearchIndexRefresh({
      entries: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:3101')),
      write: writeSearchIndex,
      engine,
      staging,
      quietMs: 20,
      log,
    })
    refresh.schedule()
    await refresh.idle()
    expect(await found('piriformis')).toContain('Piriformis Syndrome: Causes, Symptoms and Treatment')
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/could not be rewritten after a publish \(connect ECONNREFUSED.*searches keep the last one/))
  }, 60_000)
})
