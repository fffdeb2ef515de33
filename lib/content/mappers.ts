import type {
  ArticleQueryResult,
  EntityHubQueryResult,
  EntityIndexQueryResult,
  RecentlyReviewedQueryResult,
  RegionQueryResult,
  RegionsWithArticlesQueryResult,
  SearchEntriesQueryResult,
  SitemapQueryResult,
} from '@/sanity/types.generated'
import { TREATMENT_KINDS, valuesOf } from '@/sanity/schemaTypes/options'
import { listingPage } from '../pagination'
import { SOURCE_URL_POLICY, safeLink } from '../safe-url'
import { paths, type EntityType } from '../site'
import { shorten } from '../text'
import type {
  Article,
  ArticleCard,
  Citation,
  CitationMark,
  EntityHub,
  EntityIndex,
  EntityIndexEntry,
  EntityMention,
  LetterGroup,
  Paragraphs,
  PersonCredit,
  RecentArticle,
  Region,
  RegionWithArticles,
  RichText,
  SearchEntry,
  SitemapContent,
  TreatmentKind,
} from './types'

/**
 * Converts GROQ results into app types, once, at the boundary: the query
 * already has the app's shape (one object per article section), so this only
 * checks references and converts values (plain text to paragraphs, Portable
 * Text to what the renderer expects, entries into the groups the page shows).
 * Generated types trust every reference to resolve; a published dataset can
 * still hold one that does not, so each dereference is checked here and a
 * dangling one stops the build with the document and field named.
 */

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError'
}

type RawArticle = NonNullable<ArticleQueryResult>

function resolved<T>(value: T | null | undefined, ref: string | null | undefined, where: string): T {
  if (value === null || value === undefined) {
    throw new ContentIntegrityError(
      ref
        ? `${where} references document "${ref}", which does not exist or is not published.`
        : `${where} is empty; it must reference a document.`,
    )
  }
  return value
}

export function paragraphs(text: string | null | undefined): Paragraphs {
  if (!text) return []
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

type RawBlocks = RawArticle['introduction']['body']
type RawMarkDef = NonNullable<RawBlocks[number]['markDefs']>[number]

/** The page anchor of a source's first citation, which its "Back to text" link targets. */
export const citationId = (number: number) => `cite-${number}`

/**
 * Numbers citations across an article's rich text, in reading order. The query
 * resolved each citation to its source's entry key (`sourceKey`); its number is
 * that entry's position in the list. The first citation of each source gets an
 * id, recorded in `firstCited` so the source list can link back to it.
 */
function citationNumbering(sourceKeys: string[]) {
  const firstCited = new Map<number, string>()
  return {
    firstCited,
    mark(def: Extract<RawMarkDef, { _type: 'citation' }>): CitationMark {
      const index = def.sourceKey ? sourceKeys.indexOf(def.sourceKey) : -1
      // Not in the list (the Studio blocks publishing that, but a dataset may still hold one): plain words.
      if (index < 0) return { _type: 'citation', _key: def._key }
      const number = index + 1
      if (firstCited.has(number)) return { _type: 'citation', _key: def._key, number }
      firstCited.set(number, citationId(number))
      return { _type: 'citation', _key: def._key, number, id: citationId(number) }
    },
  }
}

type Numbering = ReturnType<typeof citationNumbering>

/** Portable Text as stored may omit empty arrays, which the renderer expects; citations get their numbers. */
export function toRichText(blocks: RawBlocks | null | undefined, numbering: Numbering): RichText {
  return (blocks ?? []).map((block) => {
    const children = (block.children ?? []).map((span) => ({ ...span, text: span.text ?? '', marks: span.marks ?? [] }))
    const defs = block.markDefs ?? []
    // Numbered in the order the text first uses each mark, which is the order readers meet them.
    const used = [...new Set(children.flatMap((span) => span.marks))]
    const ordered = [...defs].sort((a, b) => rank(used, a._key) - rank(used, b._key))
    const markDefs = ordered.map((def) => (def._type === 'citation' ? numbering.mark(def) : def))
    return { ...block, markDefs, children }
  })
}

const rank = (used: string[], key: string) => {
  const at = used.indexOf(key)
  return at < 0 ? used.length : at
}

const TREATMENT_ORDER = valuesOf(TREATMENT_KINDS)

function toCard(raw: { _id: string; title: string; slug: string; summary: string; lastReviewed: string }): ArticleCard {
  return { id: raw._id, title: raw.title, slug: raw.slug, summary: raw.summary, lastReviewed: raw.lastReviewed }
}

function toPerson(raw: { name: string; credentials: string | null }): PersonCredit {
  return { name: raw.name, ...(raw.credentials ? { credentials: raw.credentials } : {}) }
}

function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>
  }
}

interface RawEntry<E> {
  _key: string
  detail: string
  ref: string
  entity: E | null
}

export function toArticle(raw: RawArticle): Article {
  const where = (field: string) => `Article "${raw.slug}" (${raw._id}), field "${field}"`

  /** Each entry with its shared document checked; `field` names the entry list in errors. */
  function checked<R extends RawEntry<{ name: string; slug: string }>>(type: EntityType, field: string, items: R[] | null) {
    return (items ?? []).map((item, index) => {
      const entity: NonNullable<R['entity']> = resolved(item.entity, item.ref, where(`${field}[${index}]`))
      const mention: EntityMention = {
        key: item._key,
        name: entity.name,
        slug: entity.slug,
        href: paths.entity(type, entity.slug),
        detail: item.detail,
      }
      return { item, entity, mention }
    })
  }

  const { causes, symptoms, whenToSeeDoctor, treatments, recovery } = raw
  const symptomEntries = checked('symptom', 'symptoms', symptoms.items)
  const treatmentEntries = checked('treatment', 'treatments', treatments.items)
  const region = resolved(raw.region, raw.regionRef, where('region'))
  // The introduction comes first on the page and the conclusion last, so numbering them in that order
  // makes each source's first citation the first one a reader meets.
  const numbering = citationNumbering((raw.sources ?? []).map((item) => item._key))
  const introduction = { body: toRichText(raw.introduction.body, numbering) }
  const conclusion = { body: toRichText(raw.conclusion.body, numbering) }
  const sources: Citation[] = (raw.sources ?? []).map((item, index) => {
    const source = resolved(item.entity, item.ref, where(`sources[${index}]`))
    return {
      key: item._key,
      number: index + 1,
      title: source.title,
      ...defined({
        authors: source.authors,
        publisher: source.publisher,
        // A source's address is kept only when the URL policy lets it be a link,
        // so neither the page nor its JSON-LD can carry a `javascript:` citation.
        url: safeLink(source.url, SOURCE_URL_POLICY)?.href ?? null,
        year: source.year,
        accessed: source.accessed,
        citedAt: numbering.firstCited.get(index + 1) ?? null,
      }),
    }
  })

  return {
    id: raw._id,
    slug: raw.slug,
    title: raw.title,
    conditionName: raw.conditionName,
    summary: raw.summary,
    isSample: raw.isSample === true,
    seo: {
      ...defined({ title: raw.seo?.title ?? null, description: raw.seo?.description ?? null }),
      noIndex: raw.seo?.noIndex === true,
    },
    region: { id: region._id, name: region.name, slug: region.slug },
    introduction,
    causes: {
      intro: paragraphs(causes.intro),
      items: checked('cause', 'causes', causes.items).map((c) => c.mention),
      summary: paragraphs(causes.summary),
    },
    symptoms: {
      intro: paragraphs(symptoms.intro),
      commonLead: paragraphs(symptoms.commonLead),
      common: symptomEntries.filter((s) => s.item.frequency !== 'lessCommon').map((s) => s.mention),
      lessCommonLead: paragraphs(symptoms.lessCommonLead),
      lessCommon: symptomEntries.filter((s) => s.item.frequency === 'lessCommon').map((s) => s.mention),
      closing: paragraphs(symptoms.closing),
    },
    whenToSeeDoctor: {
      intro: paragraphs(whenToSeeDoctor.intro),
      items: whenToSeeDoctor.items.map((card) => ({
        key: card._key,
        title: card.title,
        detail: card.detail,
        urgency: card.urgency,
      })),
      closing: paragraphs(whenToSeeDoctor.closing),
    },
    treatments: {
      intro: paragraphs(treatments.intro),
      groups: TREATMENT_ORDER.map((kind) => ({
        kind,
        items: treatmentEntries.filter((t) => t.entity.kind === kind).map((t) => t.mention),
      })).filter((group) => group.items.length > 0),
      closing: paragraphs(treatments.closing),
    },
    recovery: {
      overview: paragraphs(recovery.overview),
      minWeeks: recovery.minWeeks,
      maxWeeks: recovery.maxWeeks,
      phases: (recovery.phases ?? []).map((p) => ({
        key: p._key,
        name: p.name,
        intro: paragraphs(p.intro),
        steps: p.steps ?? [],
      })),
      complications: paragraphs(recovery.complications),
      tips: recovery.tips ?? [],
      summary: paragraphs(recovery.summary),
    },
    conclusion,
    sources,
    author: toPerson(resolved(raw.author, raw.authorRef, where('author'))),
    reviewedBy: toPerson(resolved(raw.reviewedBy, raw.reviewerRef, where('reviewedBy'))),
    publishedAt: raw.publishedAt,
    lastReviewed: raw.lastReviewed,
    nextReviewDue: raw.nextReviewDue,
    updatedAt: raw._updatedAt,
    related: (raw.related ?? []).map(toCard),
    regionArticleCount: raw.regionArticleCount,
  }
}

export function toRegionWithArticles(
  raw: RegionsWithArticlesQueryResult[number] | NonNullable<RegionQueryResult>,
): RegionWithArticles {
  return {
    id: raw._id,
    name: raw.name,
    slug: raw.slug,
    description: raw.description,
    articles: (raw.articles ?? []).map(toCard),
    articleCount: raw.articleCount,
  }
}

/** Page `page` of a region's listing (the query fetched that page's articles), or null past its last page. */
export function toRegion(raw: NonNullable<RegionQueryResult>, page: number, pageSize: number): Region | null {
  const at = listingPage(raw.articleCount, page, pageSize)
  return at ? { ...toRegionWithArticles(raw), ...at } : null
}

const treatmentKind = (kind: TreatmentKind | null) => (kind ? { kind } : {})

/**
 * Page `page` of an entity's hub (the query fetched that page's articles), or
 * null past its last page. Each article's detail about the entity is shortened
 * here, once; a region that does not resolve stops the build as on the article.
 */
export function toEntityHub(
  raw: NonNullable<EntityHubQueryResult>,
  type: EntityType,
  page: number,
  pageSize: number,
): EntityHub | null {
  const at = listingPage(raw.articleCount, page, pageSize)
  if (!at) return null
  return {
    type,
    id: raw._id,
    name: raw.name,
    slug: raw.slug,
    summary: raw.summary,
    ...treatmentKind(raw.kind),
    ...at,
    articleCount: raw.articleCount,
    articles: raw.articles.map((article) => {
      const where = `Article "${article.slug}" (${article._id}), field "region"`
      const region = resolved(article.region, article.regionRef, where)
      return {
        id: article._id,
        title: article.title,
        slug: article.slug,
        region: { name: region.name, slug: region.slug },
        excerpt: shorten(article.detail ?? article.summary),
      }
    }),
  }
}

/** The letter an entry is filed under: its first letter, or "#" for a digit or symbol. */
function letterOf(name: string): string {
  const first = name.normalize('NFD').charAt(0).toUpperCase()
  return first >= 'A' && first <= 'Z' ? first : '#'
}

const ALPHABET = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i))

/** Entries (already in name order) under every letter A–Z, then "#" only if something is filed there. */
export function groupByLetter(entries: EntityIndexEntry[]): LetterGroup[] {
  const groups: LetterGroup[] = ALPHABET.map((letter) => ({ letter, entries: [] }))
  const other: LetterGroup = { letter: '#', entries: [] }
  for (const entry of entries) {
    const letter = letterOf(entry.name)
    ;(groups.find((g) => g.letter === letter) ?? other).entries.push(entry)
  }
  return other.entries.length > 0 ? [...groups, other] : groups
}

export function toEntityIndex(raw: EntityIndexQueryResult, type: EntityType): EntityIndex {
  const entries = raw.map((e) => ({
    id: e._id,
    name: e.name,
    slug: e.slug,
    ...treatmentKind(e.kind),
    articleCount: e.articleCount,
  }))
  return { type, groups: groupByLetter(entries), entryCount: entries.length }
}

export function toRecentArticle(raw: RecentlyReviewedQueryResult[number]): RecentArticle {
  return { ...toCard(raw), regionName: raw.region ?? '' }
}

/** Each entity with how many articles list it and the newest date among them ('' when none). */
function hubDates(raw: SitemapQueryResult): SitemapContent['entities'] {
  const listed = new Map<string, { count: number; newest: string }>()
  for (const article of raw.mentions) {
    const date = article.lastReviewed > article._updatedAt ? article.lastReviewed : article._updatedAt
    for (const ref of new Set(article.refs)) {
      const hub = listed.get(ref) ?? { count: 0, newest: '' }
      listed.set(ref, { count: hub.count + 1, newest: date > hub.newest ? date : hub.newest })
    }
  }
  return raw.entities.map((e) => ({
    type: e._type,
    slug: e.slug,
    updatedAt: e._updatedAt,
    articleCount: listed.get(e._id)?.count ?? 0,
    articlesModified: listed.get(e._id)?.newest ?? '',
  }))
}

export function toSitemapContent(raw: SitemapQueryResult): SitemapContent {
  return {
    articles: raw.articles.map((a) => ({
      slug: a.slug,
      regionId: a.regionId,
      updatedAt: a._updatedAt,
      lastReviewed: a.lastReviewed,
    })),
    regions: raw.regions.map((r) => ({ id: r._id, slug: r.slug, updatedAt: r._updatedAt, articleCount: r.articleCount })),
    entities: hubDates(raw),
  }
}

/**
 * One article's searchable words. A name that does not resolve is left out
 * rather than failing: the article's own page build reports that reference.
 */
export function toSearchEntry(raw: SearchEntriesQueryResult[number]): SearchEntry {
  const names = [...(raw.causes ?? []), ...(raw.symptoms ?? []), ...(raw.treatments ?? [])]
  return {
    title: raw.title,
    slug: raw.slug,
    summary: raw.summary,
    conditionName: raw.conditionName,
    regionName: raw.region ?? '',
    names: [...new Set(names.filter((name): name is string => typeof name === 'string' && name.length > 0))],
  }
}
