import { describe, expect, it } from 'vitest'
import { createEmbeddedStore, type StoreOptions } from '@/lib/embedded-groq/embedded-store'
import { writeTempDataset } from '@/support/datasets'
import { syntheticDocuments } from '@/support/synthetic/dataset'

/**
 * A loaded dataset never changes, so the embedded store shares an answer
 * between fetches of the same query and params: while it runs, and for the
 * last few slow ones (lib/embedded-groq/embedded-store.ts).
 */

const file = writeTempDataset(syntheticDocuments(30))
const titles = `*[_type == "article" && _id != $not] | order(title asc).title`

function counting(options: StoreOptions = {}) {
  const runs: string[] = []
  const store = createEmbeddedStore(file, { ...options, onQueryTimed: (query) => runs.push(query) })
  const fetch = (not = '', query = titles) => store.fetch<string[]>(query, { not }, { tags: [] })
  return { runs, fetch }
}

describe('the embedded store shares answers', () => {
  it('joins a fetch asked for while the same one runs, and runs it again once it has answered', async () => {
    const { runs, fetch } = counting()
    const [first, second] = await Promise.all([fetch(), fetch()])
    expect(first).toBe(second)
    expect(first.length).toBeGreaterThan(0)
    expect(runs).toHaveLength(1)

    const again = await fetch()
    expect(runs).toHaveLength(2)
    expect(again).toEqual(first)
    expect(again).not.toBe(first)
  })

  it('keeps the last four slow answers and runs an older one again', async () => {
    const { runs, fetch } = counting({ slowQueryMs: 0 })
    const first = await fetch('a')
    expect(await fetch('a')).toBe(first)
    expect(runs).toHaveLength(1)

    for (const not of ['b', 'c', 'd', 'e']) await fetch(not)
    expect(runs).toHaveLength(5)
    expect(await fetch('e')).toBe(await fetch('e'))
    expect(runs).toHaveLength(5)

    const rerun = await fetch('a')
    expect(runs).toHaveLength(6)
    expect(rerun).toEqual(first)
  })

  it('does not keep a failed answer', async () => {
    const { runs, fetch } = counting({ slowQueryMs: 0 })
    const broken = '*[_type == "article"'
    await expect(fetch('', broken)).rejects.toThrow()
    await expect(fetch('', broken)).rejects.toThrow()
    expect(runs).toHaveLength(2)
  })

  it('runs every fetch when told not to share (benchmarks)', async () => {
    const { runs, fetch } = counting({ shareAnswers: false, slowQueryMs: 0 })
    await Promise.all([fetch(), fetch()])
    await fetch()
    expect(runs).toHaveLength(3)
  })
})
