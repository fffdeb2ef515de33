import { defineQuery } from 'groq'

/**
 * Every GROQ query the site runs, in one place beside the schema it reads.
 * The same strings run against the hosted Content Lake and, through groq-js,
 * the embedded dataset; `npm run typegen` generates their result types into
 * sanity/types.generated.ts. Sizes and page bounds are parameters, so the
 * numbers live in the gateway that passes them.
 *
 * Projections return a reference's raw `_ref` beside its dereferenced value so
 * the gateway can name a dangling reference instead of rendering a blank.
 */

const articleCard = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  summary,
  lastReviewed
}`

const person = /* groq */ `{_id, name, credentials}`

export const articleSlugsQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)] | order(slug.current asc).slug.current`,
)

export const articleQuery = defineQuery(`*[_type == "article" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  conditionName,
  "slug": slug.current,
  summary,
  isSample,
  "regionRef": region._ref,
  "region": region->{_id, name, "slug": slug.current},
  introduction{body},
  causes{intro, summary, items[]{_key, detail, "ref": cause._ref, "entity": cause->{name, "slug": slug.current}}},
  symptoms{
    intro,
    commonLead,
    lessCommonLead,
    closing,
    items[]{_key, frequency, detail, "ref": symptom._ref, "entity": symptom->{name, "slug": slug.current}}
  },
  whenToSeeDoctor{intro, closing, items[]{_key, title, detail, urgency}},
  treatments{intro, closing, items[]{_key, detail, "ref": treatment._ref, "entity": treatment->{name, "slug": slug.current, kind}}},
  recovery{overview, minWeeks, maxWeeks, phases[]{_key, name, intro, steps}, complications, tips, summary},
  conclusion{body},
  "sources": sources[]{_key, "ref": _ref, "entity": @->{_id, title, authors, publisher, url, year, accessed}},
  "authorRef": author._ref,
  "author": author->${person},
  "reviewerRef": reviewedBy._ref,
  "reviewedBy": reviewedBy->${person},
  publishedAt,
  lastReviewed,
  nextReviewDue,
  seo{title, description, noIndex},
  "related": *[_type == "article" && region._ref == ^.region._ref && _id != ^._id] | order(lastReviewed desc, title asc)[0...$previewCount] ${articleCard},
  "regionArticleCount": count(*[_type == "article" && region._ref == ^.region._ref])
}`)

export const regionsWithArticlesQuery = defineQuery(`*[_type == "bodyRegion"] | order(order asc, name asc){
  _id,
  name,
  "slug": slug.current,
  description,
  "articles": *[_type == "article" && region._ref == ^._id] | order(title asc)[0...$previewCount] ${articleCard},
  "articleCount": count(*[_type == "article" && region._ref == ^._id])
}`)

export const recentlyReviewedQuery = defineQuery(
  `*[_type == "article" && defined(lastReviewed)] | order(lastReviewed desc, title asc)[0...$count]{
  _id,
  title,
  "slug": slug.current,
  summary,
  lastReviewed,
  "region": region->name
}`,
)

export const regionSlugsQuery = defineQuery(
  `*[_type == "bodyRegion" && defined(slug.current)] | order(order asc).slug.current`,
)

/** One page of a region's listing: the articles from index $start up to (not including) $end, by title. */
export const regionQuery = defineQuery(`*[_type == "bodyRegion" && slug.current == $slug][0]{
  _id,
  name,
  "slug": slug.current,
  description,
  "articles": *[_type == "article" && region._ref == ^._id] | order(title asc)[$start...$end] ${articleCard},
  "articleCount": count(*[_type == "article" && region._ref == ^._id])
}`)

export const sitemapQuery = defineQuery(`{
  "articles": *[_type == "article" && defined(slug.current) && seo.noIndex != true] | order(slug.current asc){
    "slug": slug.current,
    "regionId": region._ref,
    _updatedAt,
    lastReviewed
  },
  "regions": *[_type == "bodyRegion" && defined(slug.current)] | order(order asc){
    _id,
    "slug": slug.current,
    _updatedAt,
    "articleCount": count(*[_type == "article" && region._ref == ^._id])
  }
}`)

// What the site search indexes: every article's words a reader might type,
// without its body (bench/RESULTS.md keeps the index small at 10 000 articles).
export const searchEntriesQuery = defineQuery(`*[_type == "article" && defined(slug.current)] | order(slug.current asc){
  title,
  "slug": slug.current,
  summary,
  conditionName,
  "region": region->name,
  "causes": causes.items[].cause->name,
  "symptoms": symptoms.items[].symptom->name,
  "treatments": treatments.items[].treatment->name
}`)
