import type { PortableTextBlock } from '@portabletext/react'
import type { TreatmentKind, Urgency } from '@/sanity/schemaTypes/options'
import type { ListingPage } from '../pagination'
import type { EntityType } from '../site'

/**
 * The app's own content types. Components receive these, never raw GROQ
 * results, so the page does not change when the query or the store does.
 */

export type RichText = PortableTextBlock[]

/**
 * A citation mark in rich text, as the page renders it: the cited source's
 * number in the article's list, and on the first citation of each source the
 * id its "Back to text" link points at. A citation whose source is not in the
 * article's list has no number and renders as plain words.
 */
// A type, not an interface: Portable Text's mark definitions are index-signature objects.
export type CitationMark = {
  _type: 'citation'
  _key: string
  number?: number
  /** Set on the first citation of its source only. */
  id?: string
}
/** Plain prose split into paragraphs; empty when the editor left it blank. */
export type Paragraphs = string[]

export type { SymptomFrequency, TreatmentKind, Urgency } from '@/sanity/schemaTypes/options'
export type { ListingPage } from '../pagination'
export type { EntityType } from '../site'

/** A shared cause, symptom or treatment as one article describes it: "Name: detail". */
export interface EntityMention {
  key: string
  name: string
  slug: string
  /** The entity's hub, which lists every article that mentions it. */
  href: string
  detail: string
}

export interface TreatmentGroup {
  kind: TreatmentKind
  items: EntityMention[]
}

/** A sign that needs professional care, shown as a care card. */
export interface CareCard {
  key: string
  title: string
  detail: string
  urgency: Urgency
}

export interface Introduction {
  body: RichText
}

export interface Causes {
  intro: Paragraphs
  items: EntityMention[]
  summary: Paragraphs
}

/** The article's symptoms split by how common they are (each entry's frequency). */
export interface Symptoms {
  intro: Paragraphs
  commonLead: Paragraphs
  common: EntityMention[]
  lessCommonLead: Paragraphs
  lessCommon: EntityMention[]
  closing: Paragraphs
}

export interface WhenToSeeDoctor {
  intro: Paragraphs
  items: CareCard[]
  closing: Paragraphs
}

/** The article's treatments grouped by each treatment's kind, in TREATMENT_KINDS order; empty groups left out. */
export interface Treatments {
  intro: Paragraphs
  groups: TreatmentGroup[]
  closing: Paragraphs
}

export interface Recovery {
  overview: Paragraphs
  minWeeks: number
  maxWeeks: number
  phases: RecoveryPhase[]
  complications: Paragraphs
  tips: string[]
  summary: Paragraphs
}

export interface Conclusion {
  body: RichText
}

/** One of an article's sources (a `source` document), numbered in citation order. */
export interface Citation {
  key: string
  number: number
  title: string
  authors?: string
  publisher?: string
  url?: string
  year?: number
  accessed?: string
  /** The id of its first citation in the text; absent when the text never cites it. */
  citedAt?: string
}

export interface PersonCredit {
  name: string
  credentials?: string
}

export interface RegionLink {
  id: string
  name: string
  slug: string
}

export interface ArticleCard {
  id: string
  title: string
  slug: string
  summary: string
  lastReviewed: string
}

export interface RecoveryPhase {
  key: string
  name: string
  intro: Paragraphs
  steps: string[]
}

export interface Article {
  id: string
  slug: string
  title: string
  /** The condition the article is about ("Sciatica"), for structured data. */
  conditionName: string
  summary: string
  isSample: boolean
  seo: { title?: string; description?: string; noIndex: boolean }
  region: RegionLink
  introduction: Introduction
  causes: Causes
  symptoms: Symptoms
  whenToSeeDoctor: WhenToSeeDoctor
  treatments: Treatments
  recovery: Recovery
  conclusion: Conclusion
  sources: Citation[]
  author: PersonCredit
  reviewedBy: PersonCredit
  publishedAt: string
  lastReviewed: string
  nextReviewDue: string
  updatedAt: string
  /** Up to six other articles of the same region. */
  related: ArticleCard[]
  /** How many articles the region has, this one included. */
  regionArticleCount: number
}

export interface RegionWithArticles extends RegionLink {
  description: string
  /** On the home page a preview; on a region page that page's articles. */
  articles: ArticleCard[]
  /** Every article of the region. */
  articleCount: number
}

/** One page of a region's listing: `articles` is that page's articles. */
export interface Region extends RegionWithArticles, ListingPage {}

/** A shared cause, symptom or treatment, which has a hub listing every article that mentions it. */
export interface Entity {
  type: EntityType
  id: string
  name: string
  slug: string
  summary: string
  /** Treatments only. */
  kind?: TreatmentKind
}

/** An article as a hub lists it: where it is and what it says about the hub's entity. */
export interface HubArticle {
  id: string
  title: string
  slug: string
  region: { name: string; slug: string }
  /** The article's own words about the entity, shortened at a word boundary. */
  excerpt: string
}

/** One page of an entity's hub. */
export interface EntityHub extends Entity, ListingPage {
  articles: HubArticle[]
  /** Every article that references the entity. */
  articleCount: number
}

export interface EntityIndexEntry {
  id: string
  name: string
  slug: string
  kind?: TreatmentKind
  articleCount: number
}

/** One letter of an A–Z index; a letter without entries is still listed, so the jump links are the whole alphabet. */
export interface LetterGroup {
  letter: string
  entries: EntityIndexEntry[]
}

/** Every entity of a type, by name, grouped by first letter. */
export interface EntityIndex {
  type: EntityType
  groups: LetterGroup[]
  entryCount: number
}

export interface RecentArticle extends ArticleCard {
  regionName: string
}

/** What the sitemap is made from: every indexable article and every region, with their dates. */
export interface SitemapContent {
  articles: { slug: string; regionId: string; updatedAt: string; lastReviewed: string }[]
  regions: { id: string; slug: string; updatedAt: string; articleCount: number }[]
  /** Causes, symptoms and treatments, with the newest date among the articles each lists ('' when none). */
  entities: { type: EntityType; slug: string; updatedAt: string; articleCount: number; articlesModified: string }[]
}

/** What the site search indexes for one article. */
export interface SearchEntry {
  title: string
  slug: string
  summary: string
  conditionName: string
  regionName: string
  /** Names of its causes, symptoms and treatments. */
  names: string[]
}
