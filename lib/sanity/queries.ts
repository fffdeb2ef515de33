import { defineQuery } from 'groq'

/**
 * Every GROQ query the site runs, in one place. The same strings run against
 * the hosted Content Lake and, through groq-js, the embedded dataset; result
 * types are generated from them by `npm run typegen`.
 *
 * Projections return a reference's raw `_ref` beside its dereferenced value so
 * the gateway can name a dangling reference instead of rendering a blank.
 */

// Home and article pages preview this many articles of a region and link to
// the rest, so page size stays flat as a region grows (groq-js slices only by
// constants, hence a literal in the queries below).
export const LIST_PREVIEW_COUNT = 6

const articleCard = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  summary,
  lastReviewed
}`

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
  introduction,
  causesIntro,
  "causes": causes[]{_key, detail, "ref": cause._ref, "entity": cause->{_id, name, "slug": slug.current, summary}},
  causesSummary,
  symptomsIntro,
  commonSymptomsLead,
  lessCommonSymptomsLead,
  "symptoms": symptoms[]{_key, frequency, detail, "ref": symptom._ref, "entity": symptom->{_id, name, "slug": slug.current, summary}},
  symptomsClosing,
  whenToSeeDoctorIntro,
  whenToSeeDoctor[]{_key, title, detail, urgency},
  whenToSeeDoctorClosing,
  treatmentsIntro,
  "treatments": treatments[]{_key, detail, "ref": treatment._ref, "entity": treatment->{_id, name, "slug": slug.current, summary, kind}},
  treatmentsClosing,
  recovery{overview, minWeeks, maxWeeks, phases[]{_key, name, intro, steps}, complications, tips, summary},
  conclusion,
  "sources": sources[]{_key, "ref": _ref, "entity": @->{_id, title, authors, publisher, url, year, accessed}},
  "authorRef": author._ref,
  "author": author->{_id, name, credentials, role},
  "reviewerRef": reviewedBy._ref,
  "reviewedBy": reviewedBy->{_id, name, credentials, role},
  publishedAt,
  lastReviewed,
  nextReviewDue,
  seo{title, description, noIndex},
  "related": *[_type == "article" && region._ref == ^.region._ref && _id != ^._id] | order(lastReviewed desc, title asc)[0...6] ${articleCard},
  "regionArticleCount": count(*[_type == "article" && region._ref == ^.region._ref])
}`)

export const regionsWithArticlesQuery = defineQuery(`*[_type == "bodyRegion"] | order(order asc, name asc){
  _id,
  name,
  "slug": slug.current,
  description,
  "articles": *[_type == "article" && region._ref == ^._id] | order(title asc)[0...6] ${articleCard},
  "articleCount": count(*[_type == "article" && region._ref == ^._id])
}`)

// groq-js only slices by constants, so the count is fixed here.
export const RECENTLY_REVIEWED_COUNT = 5
export const recentlyReviewedQuery = defineQuery(
  `*[_type == "article" && defined(lastReviewed)] | order(lastReviewed desc, title asc)[0...5]{
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

export const regionQuery = defineQuery(`*[_type == "bodyRegion" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  name,
  "slug": slug.current,
  description,
  "articles": *[_type == "article" && region._ref == ^._id] | order(title asc) ${articleCard}
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
  "causes": causes[].cause->name,
  "symptoms": symptoms[].symptom->name,
  "treatments": treatments[].treatment->name
}`)
