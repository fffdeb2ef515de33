import { parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { datasetFromDocuments, syntheticDocuments } from '@/bench/generate-dataset'
import { loadDataset, runQuery, DEFAULT_DATASET_PATH, type IndexedDataset } from '@/lib/content/embedded-source'
import { PLAN_PREFIX, planQuery } from '@/lib/content/query-plan'
import * as queries from '@/lib/sanity/queries'
import type { QueryParams } from '@/lib/content/source'

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
  `*[$id in symptoms[].symptom._ref] | order(_id desc)[2...5]._id`,
  `*[_type == "article" && references($id)] | order(lastReviewed desc, title asc)[0...4]{title}`,
  `*[_type == "article" && references([$id, $region])]._id`,
  `count(*[_type == "article" && isSample == true && region._ref == $region])`,
  `*[_type == "bodyRegion"] | order(order asc){_id, "n": count(*[_type == "article" && region._ref == ^._id])}`,
  `*[_type == "symptom"] | order(_id asc)[0...6]{_id, "usedBy": *[_type == "article" && references(^._id)] | order(title asc)[0...3]{
    title,
    "neighbours": *[_type == "article" && region._ref == ^.region._ref && _id != ^._id && ^.^._id in symptoms[].symptom._ref][0...2]._id
  }}`,
  `*[_type == "article"] | order(_id asc)[0...3]{"rel": symptoms[]{"users": *[_type == "article" && references(^.symptom._ref)][0...2]._id}}`,
  `*[_type == "article"] | order(_id asc)[0...3]{"c": causes[].cause->{"others": *[_type == "article" && references(^._id)][0...2]._id}}`,
  `*[_type == "article"] | order(_id asc)[0...3].symptoms[]{"same": *[_type == "symptom" && _id == ^.symptom._ref][0].name}`,
  `*[_type == "article" && slug.current == $slug][0]{"sameRegion": *[_type == "bodyRegion" && _id == ^.region._ref]{"count": count(*[_type == "article" && region._ref == ^._id])}}`,
]

function paramSets(dataset: IndexedDataset): QueryParams[] {
  const of = (type: string) => dataset.documents.filter((d) => d._type === type)
  const slug = (doc: IndexedDataset['documents'][number] | undefined) =>
    (doc?.slug as { current?: string } | undefined)?.current ?? ''
  const articles = of('article')
  const article = articles[Math.floor(articles.length / 2)]
  const region = of('bodyRegion')[0]
  const symptom = of('symptom')[0]
  const weeks = (articles[0]?.recovery as { minWeeks?: number } | undefined)?.minWeeks ?? 2
  const base = { id: symptom?._id ?? '', region: region?._id ?? '', type: 'article', weeks }
  return [
    { ...base, slug: slug(article) },
    { ...base, slug: slug(articles[0]), id: articles[0]?._id ?? '' },
    { ...base, slug: slug(region), type: 'bodyRegion' },
    { ...base, slug: 'no-such-slug', id: 'no-such-id', weeks: '2' },
  ]
}

function siteQueries(): [string, string][] {
  const entries: [string, unknown][] = Object.entries(queries)
  return entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes('*'))
}

function describeDataset(name: string, load: () => IndexedDataset) {
  describe(`query planner over ${name}`, () => {
    const dataset = load()
    const sets = paramSets(dataset)
    const cases = [...siteQueries(), ...EXTRA_QUERIES.map((q, i): [string, string] => [`extra #${i + 1}`, q])]
    it.each(cases)('%s returns the same result as plain groq-js', async (_name, query) => {
      for (const params of sets) {
        const plain = await runQuery(dataset, query, params, { plan: false })
        const planned = await runQuery(dataset, query, params, { plan: true })
        expect(planned).toEqual(plain)
      }
    })
  })
}

describeDataset('the committed dataset', () => loadDataset(DEFAULT_DATASET_PATH))
describeDataset('a generated 300-article dataset', () => datasetFromDocuments(syntheticDocuments(300)))

describe('planQuery', () => {
  it('serves the article, related-articles and region-count filters from indexes', () => {
    const planned = JSON.stringify(planQuery(parse(queries.articleQuery)))
    // JSON escapes the NUL that starts the prefix.
    expect(planned.split(PLAN_PREFIX.slice(1)).length - 1).toBe(3)
    expect(planned).not.toContain('"Everything"')
  })

  it('leaves filters it cannot plan to groq-js', () => {
    const tree = parse(`*[defined(slug.current) || _type == "article"]`)
    expect(planQuery(tree)).toEqual(tree)
  })
})
