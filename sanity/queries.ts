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

// An article's rich text (introduction, conclusion) with each citation's source resolved to that
// source's entry in the article's own list (^.^.^ climbs mark → block → section → article):
// the mapper numbers it from that entry's position, and a citation of a source missing from the
// list gets a null key, which the page renders as plain words.
const citedBody = /* groq */ `body[]{
    ...,
    markDefs[]{..., _type == "citation" => {"sourceKey": ^.^.^.sources[_ref == ^.source._ref][0]._key}}
  }`

export const articleSlugsQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)] | order(slug.current asc).slug.current`,
)

/** The `$count` most recently reviewed articles' slugs: the ones a partial prebuild renders (lib/prerender.ts). */
export const recentArticleSlugsQuery = defineQuery(
  `*[_type == "article" && defined(slug.current)] | order(lastReviewed desc, slug.current asc)[0...$count].slug.current`,
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
  introduction{${citedBody}},
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
  conclusion{${citedBody}},
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

/** The body regions by name and slug, for the 404 page's links (rendered into every page's not-found boundary). */
export const regionLinksQuery = defineQuery(
  `*[_type == "bodyRegion" && defined(slug.current)] | order(order asc, name asc){_id, name, "slug": slug.current}`,
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
  },
  // Hubs and A–Z indexes: every entity, and which entities each article (indexable or not) lists,
  // so the gateway counts and dates every hub in one pass rather than one subquery per entity.
  "entities": *[_type in ["cause", "symptom", "treatment"] && defined(slug.current)] | order(slug.current asc){
    _id,
    _type,
    "slug": slug.current,
    _updatedAt
  },
  "mentions": *[_type == "article"]{
    _updatedAt,
    lastReviewed,
    "refs": [...causes.items[].cause._ref, ...symptoms.items[].symptom._ref, ...treatments.items[].treatment._ref]
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

// Entity hubs: a cause, symptom or treatment ($type) and every article that references it.
// Entity ids are unique across the three types, so the one detail that names this entity
// is whichever of the article's entry lists holds it.
const entityMentionDetail = /* groq */ `coalesce(
    causes.items[cause._ref == ^.^._id][0].detail,
    symptoms.items[symptom._ref == ^.^._id][0].detail,
    treatments.items[treatment._ref == ^.^._id][0].detail
  )`

export const entitySlugsQuery = defineQuery(`*[_type in ["cause", "symptom", "treatment"] && _type == $type && defined(slug.current)] | order(slug.current asc){
  "slug": slug.current,
  "articleCount": count(*[_type == "article" && references(^._id)])
}`)

/** One page of an entity's hub: the referencing articles from index $start up to (not including) $end, by title. */
export const entityHubQuery = defineQuery(`*[_type in ["cause", "symptom", "treatment"] && _type == $type && slug.current == $slug][0]{
  _id,
  _type,
  name,
  "slug": slug.current,
  summary,
  kind,
  "articles": *[_type == "article" && references(^._id)] | order(title asc)[$start...$end]{
    _id,
    title,
    "slug": slug.current,
    summary,
    lastReviewed,
    "regionRef": region._ref,
    "region": region->{name, "slug": slug.current},
    "detail": ${entityMentionDetail}
  },
  "articleCount": count(*[_type == "article" && references(^._id)])
}`)

/** Every entity of a type for its A–Z index, with how many articles reference each. */
export const entityIndexQuery = defineQuery(`*[_type in ["cause", "symptom", "treatment"] && _type == $type && defined(slug.current)] | order(name asc){
  _id,
  name,
  "slug": slug.current,
  kind,
  "articleCount": count(*[_type == "article" && references(^._id)])
}`)

/*
 * The Presentation tool's main document of each page (sanity/presentation.ts):
 * GROQ filters the Studio runs with the route's params to find the document a
 * previewed URL shows.
 */
export const articleMainDocumentFilter = defineQuery(`_type == "article" && slug.current == $slug`)
export const regionMainDocumentFilter = defineQuery(`_type == "bodyRegion" && slug.current == $slug`)
export const entityMainDocumentFilter = defineQuery(`_type == $type && slug.current == $slug`)

/**
 * What a published article references now, for /api/revalidate: the hubs, region listing and A–Z counts that
 * list what references those documents may have gained this article. Only articles reference other documents.
 */
export const publishedReferencesQuery = defineQuery(`*[_id == $id && _type == "article"][0]{
  "references": [
    region._ref,
    ...causes.items[].cause._ref,
    ...symptoms.items[].symptom._ref,
    ...treatments.items[].treatment._ref,
    ...sources[]._ref,
    author._ref,
    reviewedBy._ref
  ]
}`)
