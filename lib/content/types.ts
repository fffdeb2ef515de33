import type { PortableTextBlock } from '@portabletext/react'

/**
 * The app's own content types. Components receive these, never raw GROQ
 * results, so the page does not change when the query or the store does.
 */

export type RichText = PortableTextBlock[]
/** Plain prose split into paragraphs; empty when the editor left it blank. */
export type Paragraphs = string[]

export type TreatmentKind = 'conventional' | 'alternative' | 'home'
export type Urgency = 'routine' | 'urgent' | 'emergency'

export interface EntityLink {
  id: string
  name: string
  slug: string
  summary: string
}

export interface EntityMention extends EntityLink {
  key: string
  detail: string
}

export interface TreatmentGroup {
  kind: TreatmentKind
  heading: string
  items: EntityMention[]
}

export interface DoctorAdvice {
  key: string
  title: string
  detail: string
  urgency: Urgency
}

export interface Citation {
  key: string
  number: number
  id: string
  title: string
  authors?: string
  publisher?: string
  url?: string
  year?: number
  accessed?: string
}

export interface PersonCredit {
  id: string
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
  introduction: RichText
  causes: { intro: Paragraphs; items: EntityMention[]; summary: Paragraphs }
  symptoms: {
    intro: Paragraphs
    commonLead: Paragraphs
    common: EntityMention[]
    lessCommonLead: Paragraphs
    lessCommon: EntityMention[]
    closing: Paragraphs
  }
  whenToSeeDoctor: { intro: Paragraphs; items: DoctorAdvice[]; closing: Paragraphs }
  treatments: { intro: Paragraphs; groups: TreatmentGroup[]; closing: Paragraphs }
  recovery: {
    overview: Paragraphs
    minWeeks: number
    maxWeeks: number
    phases: RecoveryPhase[]
    complications: Paragraphs
    tips: string[]
    summary: Paragraphs
  }
  conclusion: RichText
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
  updatedAt: string
  /** Which page of the region's listing `articles` is, from 1. */
  page: number
  pageCount: number
  /** The list position of `articles[0]` among all of the region's articles, from 1. */
  firstPosition: number
}

export interface RecentArticle extends ArticleCard {
  regionName: string
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
