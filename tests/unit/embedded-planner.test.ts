import { parse as parseGroq } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { datasetFromDocuments, syntheticDocuments } from '@/support/synthetic/dataset'
import {
  loadDataset,
  parseNdjson,
  runQuery,
  DEFAULT_DATASET_PATH,
  type IndexedDataset,
} from '@/lib/embedded-groq/embedded-store'
import { PLAN_PREFIX, planQuery } from '@/lib/embedded-groq/query-plan'
import * as queries from '@/sanity/queries'
import type { QueryParams } from '@/lib/content/store'
import { writeTempDataset } from '@/support/datasets'

/**
 * The query planner must be invisible: every query gives deep-equal results
 * with and without it. Checked for every query the site runs and for filters
 * the planner must not mis-plan (||, !, nested ^, order and slices).
 */

const EXTRA_QUERIES = [
  `*[_type == "article" && (slug.current == $slug || _id == $id)]{_id}`,
  `*[!(_type == "article") && _type == "symptom"] | order(_id asc)._id`,
  `*[_type == "article" && !(region._ref == $region)] | order(title desc)[1...4]._id`,
  `*[slug.current == $slug]._id`,
  `*[_id == $id][0]`,
  `*[_type == $type && slug.current == $slug]._id`,
  `*[_type == "article" && recovery.minWeeks == $weeks]._id`,
  `*[_type == "article" && region._ref == null]._id`,
  `*[_type == "article" && ^._id == _id]._id`,
  `*[$id in symptoms.items[].symptom._ref] | order(_id desc)[2...5]._id`,
  `*[_type == "article" && references($id)] | order(lastReviewed desc, title asc)[0...4]{title}`,
  `*[_type == "article" && references([$id, $region])]._id`,
  `count(*[_type == "article" && isSample == true && region._ref == $region])`,
  `*[_type == "bodyRegion"] | order(order asc){_id, "n": count(*[_type == "article" && region._ref == ^._id])}`,
  `*[_type == "symptom"] | order(_id asc)[0...6]{_id, "usedBy": *[_type == "article" && references(^._id)] | order(title asc)[0...3]{
    title,
    "neighbours": *[_type == "article" && region._ref == ^.region._ref && _id != ^._id && ^.^._id in symptoms.items[].symptom._ref][0...2]._id
  }}`,
  `*[_type == "article"] | order(_id asc)[0...3]{"rel": symptoms.items[]{"users": *[_type == "article" && references(^.symptom._ref)][0...2]._id}}`,
  `*[_type == "article"] | order(_id asc)[0...3]{"c": causes.items[].cause->{"others": *[_type == "article" && references(^._id)][0...2]._id}}`,
  `*[_type == "article"] | order(_id asc)[0...3].symptoms.items[]{"same": *[_type == "symptom" && _id == ^.symptom._ref][0].name}`,
  `*[_type == "article" && slug.current == $slug][0]{"sameRegion": *[_type == "bodyRegion" && _id == ^.region._ref]{"count": count(*[_type == "article" && region._ref == ^._id])}}`,
  // Orderings served from pre-sorted candidates: the site's subqueries, for every article and region.
  `*[_type == "article"] | order(title asc)[0...40]{_id, "related": *[_type == "article" && region._ref == ^.region._ref && _id != ^._id] | order(lastReviewed desc, title asc)[0...6]{_id, title, lastReviewed}, "regionArticleCount": count(*[_type == "article" && region._ref == ^.region._ref])}`,
  `*[_type == "bodyRegion"] | order(order asc, name asc){_id, "articles": *[_type == "article" && region._ref == ^._id] | order(title asc)[0...6]{_id, title}}`,
  `*[_type == "article" && region._ref == $region] | order(isSample desc, recovery.minWeeks asc, title desc)._id`,
  `*[_type == "article" && region._ref == $region] | order(recovery.minWeeks desc)[2...9]._id`,
  `*[_type == "article" && region._ref == $region && _id != $id] | order(nextReviewDue asc, author._ref desc)[-4...-1]._id`,
  `*[_type == "article" && references($id)] | order(region._ref asc)._id`,
  `*[_type == "article" && references($id)] | order(causes.items[0].cause._ref asc, @.slug.current desc)._id`,
  `*[_type == "article" && slug.current == $slug] | order(title asc)[0]._id`,
  `*[_type == "article" && region._ref == $region] | order(title asc) | order(lastReviewed desc)[0...5]._id`,
  // Orderings that read outside the document must not be pre-sorted; results still agree.
  `*[_type == "bodyRegion"]{_id, "a": *[_type == "article" && region._ref == ^._id] | order(^.name asc, title desc)[0...3]._id}`,
  `*[_type == "article" && references($id)] | order(region->name asc, title asc)[0...4]._id`,
  `*[_type == "article" && region._ref == $region] | order($type asc, title asc)[0...4]._id`,
]

/** The value of the first `"name": value` object attribute in a tree, depth first. */
function findAttribute(node: unknown, name: string): unknown {
  if (!node || typeof node !== 'object') return undefined
  const record = node as Record<string, unknown>
  if (record.type === 'ObjectAttributeValue' && record.name === name) return record.value
  for (const child of Object.values(record)) {
    const found = findAttribute(child, name)
    if (found !== undefined) return found
  }
  return undefined
}

function paramSets(dataset: IndexedDataset): QueryParams[] {
  const of = (type: string) => dataset.documents.filter((d) => d._type === type)
  const slug = (doc: IndexedDataset['documents'][number] | undefined) =>
    (doc?.slug as { current?: string } | undefined)?.current ?? ''
  const articles = of('article')
  const article = articles[Math.floor(articles.length / 2)]
  const region = of('bodyRegion')[0]
  const symptom = of('symptom')[0]
  const weeks = (articles[0]?.recovery as { minWeeks?: number } | undefined)?.minWeeks ?? 2
  // Sizes and page bounds the site's queries take, as the gateway passes them.
  const sizes = { previewCount: 6, count: 5, start: 0, end: 24 }
  const base = { id: symptom?._id ?? '', region: region?._id ?? '', type: 'article', weeks, ...sizes }
  return [
    { ...base, slug: slug(article) },
    { ...base, slug: slug(region), start: 24, end: 48 },
    { ...base, slug: slug(articles[0]), id: articles[0]?._id ?? '' },
    { ...base, slug: slug(region), type: 'bodyRegion' },
    { ...base, slug: slug(symptom), type: 'symptom' },
    { ...base, slug: slug(of('treatment')[0]), type: 'treatment', start: 24, end: 48 },
    { ...base, slug: 'no-such-slug', id: 'no-such-id', weeks: '2' },
  ]
}

function siteQueries(): [string, string][] {
  const entries: [string, unknown][] = Object.entries(queries)
  return entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes('*'))
}

/** `reference`: the dataset plain groq-js answers over, when it is not `load`'s own. */
function describeDataset(name: string, load: () => IndexedDataset, reference?: () => IndexedDataset) {
  describe(`query planner over ${name}`, () => {
    const dataset = load()
    const plainOver = reference?.() ?? dataset
    const sets = paramSets(dataset)
    const cases = [...siteQueries(), ...EXTRA_QUERIES.map((q, i): [string, string] => [`extra #${i + 1}`, q])]
    it.each(cases)('%s returns the same result as plain groq-js', async (_name, query) => {
      for (const params of sets) {
        const plain = await runQuery(plainOver, query, params, { plan: false })
        const planned = await runQuery(dataset, query, params, { plan: true })
        expect(planned).toEqual(plain)
      }
    })
  })
}

describeDataset('the committed dataset', () => loadDataset(DEFAULT_DATASET_PATH))
describeDataset('a generated 300-article dataset', () => datasetFromDocuments(syntheticDocuments(300)))
// Read from a file, articles are kept light (their sections re-read from disk when a query reads them):
// planned over those must equal plain groq-js over the same documents parsed whole.
describeDataset(
  'a generated 300-article dataset read from a file (articles kept light)',
  () => loadDataset(writeTempDataset(syntheticDocuments(300)), { light: true }),
  () => datasetFromDocuments(syntheticDocuments(300)),
)

describe('pre-sorted candidates over awkward sort keys', () => {
  // Missing and null keys, mixed types, ties: groq-js's own order() decides.
  const ranks: unknown[] = [3, null, 'b', 1, undefined, true, 3, 'a', 2.5, { x: 1 }, false, 1, null, '2026-01-01', [1], 3]
  const documents: Record<string, unknown>[] = ranks.map((rank, i) => ({
    _id: `item-${String(i).padStart(2, '0')}-${(i * 7) % 5}`,
    _type: 'item',
    group: { _ref: i % 3 === 0 ? 'g0' : 'g1' },
    ...(rank === undefined ? {} : { rank }),
    ...(i % 4 === 0 ? {} : { tie: i % 2 }),
  }))
  const dataset = parseNdjson(documents.map((d) => JSON.stringify(d)).join('\n'))
  const ordered = [
    `*[_type == "item"] | order(rank asc)._id`,
    `*[_type == "item"] | order(rank desc)._id`,
    `*[_type == "item" && group._ref == $g] | order(tie desc, rank asc)._id`,
    `*[_type == "item" && group._ref == $g] | order(tie asc)[1...4]._id`,
    `*[_type == "item" && group._ref == $g && _id != $id] | order(rank desc, tie asc, _id desc)._id`,
    `*[_type == "item" && group._ref == $g] | order(missing asc)._id`,
    `*[_type == "item"]{_id, "same": *[_type == "item" && group._ref == ^.group._ref && _id != ^._id] | order(tie desc, rank desc)[0...3]._id}`,
    `*[_type == "item"]{_id, "outer": *[_type == "item" && group._ref == ^.group._ref] | order(^.rank asc, rank asc)[0...3]._id}`,
  ]
  // Matches only at the end of the order: a slice must fall back to testing every candidate.
  for (let i = 0; i < 40; i++) {
    documents.push({ _id: `late-${String(i).padStart(2, '0')}`, _type: 'item', group: { _ref: 'g1' }, rank: 100 + i, tie: i % 2 })
  }
  // References that only string() could confuse with each other, for counts.
  for (const [i, ref] of [1, '1', true, 'true', 1, 'g0'].entries()) {
    documents.push({ _id: `odd-${i}`, _type: i % 2 ? 'item' : 'other', group: { _ref: ref } })
  }
  // References where groq-js's references() stops early or ignores a value: an object with a truthy `_ref`
  // hides references inside it, a falsy `_ref` does not, and a non-string `_ref` matches no id.
  documents.push(
    { _id: 'nest-0', _type: 'item', rank: 7, wrap: { _ref: 'g0', inner: { _ref: 'g1' } } },
    { _id: 'nest-1', _type: 'item', rank: 6, wrap: { _ref: '', inner: [{ _ref: 'g1' }] } },
    { _id: 'nest-2', _type: 'item', rank: 5, wrap: { _ref: 0, inner: { _ref: 'g0' } }, list: [{ _ref: 1 }, { x: { _ref: 'g1' } }] },
    { _id: 'nest-3', _type: 'other', rank: 4, deep: [[{ _ref: 'g0' }]] },
  )
  const withLate = parseNdjson(documents.map((d) => JSON.stringify(d)).join('\n'))
  ordered.push(
    `*[_type == "item" && group._ref == $g && rank >= 130] | order(rank asc)[0...3]._id`,
    `*[_type == "item" && group._ref == $g && rank >= 130] | order(rank asc)[1..4]._id`,
    `*[_type == "item" && group._ref == $g && rank >= 130] | order(rank desc)[0...3]._id`,
    `*[_type == "item" && group._ref == $g && rank >= 100] | order(tie asc, rank desc)[5...30]._id`,
    `*[_type == "item" && group._ref == $g && rank >= 100] | order(tie asc)[0..0]._id`,
    `*[_type == "item" && group._ref == $g] | order(rank asc)[3...2]._id`,
    // Served from the exact reference index, untested: slices at the start, the middle and past the end.
    `*[_type == "item" && references($g)] | order(rank asc, _id desc)[0...3]._id`,
    `*[_type == "item" && references($g)] | order(tie desc, rank asc)[4...12]._id`,
    `*[_type == "item" && references($g)] | order(rank desc)[2..5]._id`,
    `*[references($g)] | order(_id asc)[1...100]._id`,
    `*[_type == "item" && references($g)] | order(rank asc)[60...70]._id`,
    `*[_type == "item"] | order(_id asc)[0...8]{_id, "by": *[_type == "item" && references(^.group._ref)] | order(rank asc)[1...3]._id}`,
  )
  it.each(ordered)('%s returns the same result as plain groq-js', async (query) => {
    for (const data of [dataset, withLate]) {
      for (const params of [{ g: 'g0', id: 'item-03-1' }, { g: 'g1', id: 'item-01-2' }, { g: 'none', id: '' }]) {
        const plain = await runQuery(data, query, params, { plan: false })
        // Twice: the first call sorts, the second is served from the cache.
        expect(await runQuery(data, query, params, { plan: true })).toEqual(plain)
        expect(await runQuery(data, query, params, { plan: true })).toEqual(plain)
      }
    }
  })
  const counts = [
    `count(*[_type == "item" && group._ref == $g])`,
    `count(*[group._ref == $g])`,
    `count(*[$g == group._ref && _type == "other"])`,
    `count(*[_type == "item" && group._ref == $g && tie == 1])`,
    `count(*[_type == "item" && rank == $g])`,
    `*[_type in ["item", "other"]] | order(_id asc){_id, "n": count(*[_type == "item" && group._ref == ^.group._ref]), "m": count(*[_id == ^._id])}`,
    `count(*[_type == "item" && references($g)])`,
    `count(*[references($g)])`,
    `count(*[_type == "item" && references($g) && rank > 2])`,
    `*[_type == "item"] | order(_id asc){_id, "n": count(*[_type == "other" && references(^.group._ref)])}`,
  ]
  it.each(counts)('%s counts the same as plain groq-js', async (query) => {
    for (const data of [dataset, withLate]) {
      for (const g of ['g0', 'g1', 'none', 1, '1', true, 'true', 3, null]) {
        const plain = await runQuery(data, query, { g }, { plan: false })
        expect(await runQuery(data, query, { g }, { plan: true })).toEqual(plain)
        expect(await runQuery(data, query, { g }, { plan: true })).toEqual(plain)
      }
    }
  })
})

describe('planQuery', () => {
  // The site's slices take their sizes as params, bound at parse time as the embedded store does.
  const parse = (query: string) => parseGroq(query, { params: { previewCount: 6, count: 5, start: 0, end: 24 } })

  it('serves the article, related-articles and region-count filters from indexes', () => {
    const planned = JSON.stringify(planQuery(parse(queries.articleQuery)))
    // JSON escapes the NUL that starts the prefix. Six lookups: the article,
    // related (first candidates, twice, and all of them) and the region count
    // (exact count, and the filter for a non-string region reference).
    expect(planned.split(PLAN_PREFIX.slice(1)).length - 1).toBe(6)
    expect(planned).not.toContain('"Everything"')
  })

  it('serves related articles and home region lists pre-sorted, without an order() call', () => {
    const attribute = (query: string, name: string) => {
      const value = findAttribute(planQuery(parse(query)), name)
      expect(value).toBeDefined()
      return JSON.stringify(value)
    }
    const related = attribute(queries.articleQuery, 'related')
    expect(related).toContain(PLAN_PREFIX.slice(1))
    expect(related).not.toContain('"PipeFuncCall"')
    expect(related).not.toContain('"name":"order"')
    expect(attribute(queries.regionsWithArticlesQuery, 'articles')).not.toContain('"PipeFuncCall"')
  })

  it('answers a hub page and its count from the exact reference index, testing no document', () => {
    const selects: { alternatives: { value: unknown }[] }[] = []
    const collect = (node: unknown) => {
      if (!node || typeof node !== 'object') return
      const record = node as Record<string, unknown>
      if (record.type === 'Select') selects.push(record as unknown as (typeof selects)[number])
      Object.values(record).forEach(collect)
    }
    collect(planQuery(parse(queries.entityHubQuery)))
    const untested = selects.filter((select) => !JSON.stringify(select.alternatives[0]?.value).includes('"name":"references"'))
    // The listing's slice and the article count; the fallbacks still test references().
    expect(untested).toHaveLength(2)
  })

  it('keeps order() when an ordering reads outside the document', () => {
    for (const query of [
      `*[_type == "bodyRegion"]{"a": *[_type == "article" && region._ref == ^._id] | order(^.name asc, title desc)}`,
      `*[_type == "article" && references($id)] | order(region->name asc)`,
      `*[_type == "article" && region._ref == $region] | order($type asc)`,
    ]) {
      expect(JSON.stringify(planQuery(parse(query)))).toContain('"name":"order"')
    }
  })

  it('leaves filters it cannot plan to groq-js', () => {
    const tree = parse(`*[defined(slug.current) || _type == "article"]`)
    expect(planQuery(tree)).toEqual(tree)
  })
})
