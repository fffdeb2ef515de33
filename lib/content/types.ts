import type { PortableTextBlock } from '@portabletext/react'
import type { TreatmentKind, Urgency } from '@/sanity/schemaTypes/options'

/**
 * The app's own content types. Components receive these, never raw GROQ
 * results, so the page does not change when the query or the store does.
 */

export type RichText = PortableTextBlock[]
/** Plain prose split into paragraphs; empty when the editor left it blank. */
export type Paragraphs = string[]

export type { SymptomFrequency, TreatmentKind, Urgency } from '@/sanity/schemaTypes/options'

/** A shared cause, symptom or treatment as one article describes it: "Name: detail". */
export interface EntityMention {
  key: string
  name: string
  slug: string
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

export interface Region extends RegionWithArticles {
  /** Which page of the region's listing `articles` is, from 1. */
  page: number
  pageCount: number
  /** The list position of `articles[0]` among all of the region's articles, from 1. */
  firstPosition: number
}

export interface RecentArticle extends ArticleCard {
  regionName: string
}

/** What the sitemap is made from: every indexable article and every region, with their dates. */
export interface SitemapContent {
  articles: { slug: string; regionId: string; updatedAt: string; lastReviewed: string }[]
  regions: { id: string; slug: string; updatedAt: string; articleCount: number }[]
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
