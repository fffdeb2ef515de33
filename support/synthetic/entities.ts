import type {
  EntitySeed,
  PersonSeed,
  RegionSeed,
  SourceSeed,
  TreatmentKind,
  TreatmentSeed,
} from '@/sanity/seed/types'
import { paragraph, sentence, titleWords } from './filler'
import { intBetween, type Random } from './prng'
import { shorten } from '@/lib/text'

/**
 * Shared documents of the synthetic dataset. Entity pools stay a fixed size
 * while articles grow, as a real portal's vocabulary of causes and symptoms
 * grows far slower than its article count; sources grow with N because most
 * citations are specific to one article.
 */

export const POOL = { regions: 12, causes: 120, symptoms: 180, treatments: 150, authors: 6, reviewers: 4 }

const pad = (n: number, width = 4) => String(n).padStart(width, '0')
const summary = (random: Random) => sentence(random, 10, 16)

/** The slug of the i-th synthetic cause, symptom or treatment; the Zipf pick makes the first the most shared. */
export const syntheticEntitySlug = (type: 'cause' | 'symptom' | 'treatment', i: number) => `synthetic-${type}-${pad(i)}`

function entities(random: Random, prefix: 'cause' | 'symptom' | 'treatment', count: number): EntitySeed[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: syntheticEntitySlug(prefix, i),
    name: `${titleWords(random, 2)} ${pad(i)}`,
    summary: summary(random),
  }))
}

export const syntheticRegionSlug = (i: number) => `synthetic-region-${pad(i, 2)}`

export function syntheticRegions(random: Random): RegionSeed[] {
  return Array.from({ length: POOL.regions }, (_, i) => ({
    slug: syntheticRegionSlug(i),
    name: `${titleWords(random, 1)} Region ${pad(i, 2)}`,
    // A region's description is at most 200 characters (the schema's limit, which the build's dataset check
    // applies); twenty filler words sometimes run over.
    description: shorten(paragraph(random, 20), 200),
    order: i + 1,
  }))
}

export const syntheticCauses = (random: Random) => entities(random, 'cause', POOL.causes)
export const syntheticSymptoms = (random: Random) => entities(random, 'symptom', POOL.symptoms)

const KINDS: TreatmentKind[] = ['conventional', 'alternative', 'home']
export function syntheticTreatments(random: Random): TreatmentSeed[] {
  return entities(random, 'treatment', POOL.treatments).map((entity, i) => ({
    ...entity,
    kind: KINDS[i % KINDS.length] ?? 'home',
  }))
}

export const sourcePoolSize = (articles: number) => Math.max(60, Math.ceil(articles * 0.8))

export function syntheticSources(random: Random, articles: number): SourceSeed[] {
  return Array.from({ length: sourcePoolSize(articles) }, (_, i) => ({
    key: `synthetic-${pad(i, 6)}`,
    title: `${titleWords(random, intBetween(random, 5, 11))} (synthetic)`,
    authors: `${titleWords(random, 1)} A, ${titleWords(random, 1)} B`,
    publisher: `${titleWords(random, 2)} Journal`,
    url: `https://example.org/synthetic/${pad(i, 6)}`,
    year: intBetween(random, 2005, 2026),
    accessed: '2026-10-01',
  }))
}

export function syntheticPeople(): PersonSeed[] {
  return [
    ...Array.from({ length: POOL.authors }, (_, i) => ({
      slug: `synthetic-author-${i}`,
      name: `Synthetic Author ${i}`,
      role: 'author' as const,
    })),
    ...Array.from({ length: POOL.reviewers }, (_, i) => ({
      slug: `synthetic-reviewer-${i}`,
      name: `Synthetic Reviewer ${i}`,
      credentials: 'Placeholder clinician',
      role: 'medicalReviewer' as const,
    })),
  ]
}
