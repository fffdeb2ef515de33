/**
 * Authoring format for the embedded dataset. Content is written here as plain
 * TypeScript (easy to review in a diff) and compiled by scripts/build-dataset.ts
 * into sanity/seed/production.ndjson, Sanity's export format. Entities are keyed
 * by slug; the compiler derives stable document ids (`cause-<slug>` …) and fails
 * on any slug that no entity declares.
 */

import type { PersonRole, SymptomFrequency, TreatmentKind, Urgency } from '../schemaTypes/options'

export type { PersonRole, SymptomFrequency, TreatmentKind, Urgency }

export interface RegionSeed {
  slug: string
  name: string
  description: string
  order: number
}

export interface EntitySeed {
  slug: string
  name: string
  summary: string
}

export interface TreatmentSeed extends EntitySeed {
  kind: TreatmentKind
}

export interface SourceSeed {
  /** Stable key used by articles to cite it, e.g. 'dry-needling-gluteus-medius'. */
  key: string
  title: string
  publisher?: string
  authors?: string
  url?: string
  year?: number
  accessed?: string
}

export interface PersonSeed {
  slug: string
  name: string
  credentials?: string
  role: PersonRole
  bio?: string
}

/**
 * A paragraph of Portable Text prose: plain words, or words with citations.
 * Each citation names the exact `words` it marks (they must occur once in
 * `text`, so the text itself never changes) and the key of the source that
 * supports them, which must be one of the article's `sources`.
 */
export type RichParagraph = string | { text: string; cite: { words: string; source: string }[] }

/**
 * Flat on purpose: an editor writes an article top to bottom (causesIntro,
 * causes, causesSummary, symptomsIntro …) without nesting. The seed compiler
 * (compile.ts) is the boundary that groups these fields into the schema's
 * section objects (causes.intro, causes.items, causes.summary …).
 *
 * Prose fields are arrays of paragraphs (Portable Text fields: introduction,
 * conclusion, whose paragraphs may carry citations) or a single string in which paragraphs are separated by a blank
 * line (plain text fields).
 */
export interface ArticleSeed {
  slug: string
  title: string
  /** The condition the article is about, for structured data. */
  conditionName: string
  region: string
  /** Meta description, at most 160 characters. */
  summary: string
  /** True for articles written for this project as sample content. */
  sample: boolean
  introduction: RichParagraph[]
  causesIntro: string
  causes: { cause: string; detail: string }[]
  causesSummary: string
  symptomsIntro: string
  commonSymptomsLead: string
  lessCommonSymptomsLead: string
  symptoms: { symptom: string; frequency: SymptomFrequency; detail: string }[]
  symptomsClosing: string
  whenToSeeDoctorIntro: string
  whenToSeeDoctor: { title: string; detail: string; urgency: Urgency }[]
  whenToSeeDoctorClosing: string
  treatmentsIntro: string
  treatments: { treatment: string; detail: string }[]
  treatmentsClosing: string
  recovery: {
    overview: string
    minWeeks: number
    maxWeeks: number
    phases: { name: string; intro: string; steps: string[] }[]
    complications: string
    tips: string[]
    summary: string
  }
  conclusion: RichParagraph[]
  /** Source keys, in citation order. */
  sources: string[]
  author: string
  reviewedBy: string
  publishedAt: string
  lastReviewed: string
  nextReviewDue: string
}
