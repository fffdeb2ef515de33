/**
 * A synthetic dataset of N articles in Sanity's export format, for tests,
 * scripts and benchmarks alike. Articles go through the same seed compiler as
 * the committed dataset, so the gateway sees exactly the document shape it
 * sees in production.
 */
import { compileSeeds, toNdjson, type ExportDocument, type SeedBundle } from '@/sanity/seed/compile'
import { parseNdjson, type IndexedDataset } from '@/lib/embedded-groq/embedded-store'
import { createArticleFactory } from './article'
import {
  syntheticCauses,
  syntheticPeople,
  syntheticRegions,
  syntheticSources,
  syntheticSymptoms,
  syntheticTreatments,
} from './entities'
import { createRandom } from './prng'

export function syntheticBundle(articles: number, seed = 20261101): SeedBundle {
  const random = createRandom(seed)
  const article = createArticleFactory(articles)
  return {
    regions: syntheticRegions(random),
    causes: syntheticCauses(random),
    symptoms: syntheticSymptoms(random),
    treatments: syntheticTreatments(random),
    sources: syntheticSources(random, articles),
    people: syntheticPeople(),
    articles: Array.from({ length: articles }, (_, i) => article(random, i + 1)),
  }
}

export function syntheticDocuments(articles: number, seed?: number): ExportDocument[] {
  return compileSeeds(syntheticBundle(articles, seed))
}

export function syntheticNdjson(articles: number, seed?: number): string {
  return toNdjson(syntheticDocuments(articles, seed))
}

/** The documents as the embedded store holds them, without a file. */
export function datasetFromDocuments(documents: ExportDocument[]): IndexedDataset {
  return parseNdjson(toNdjson(documents))
}

/**
 * Everything that decides a synthetic dataset's bytes. Whoever caches a
 * generated file (bench/lib/datasets.ts) names it by a hash of these, so a file
 * written by an older generator is never taken for the current one.
 */
export const GENERATOR_SOURCES = [
  'support/synthetic/dataset.ts',
  'support/synthetic/filler.ts',
  'support/synthetic/prng.ts',
  'support/synthetic/article.ts',
  'support/synthetic/entities.ts',
  'sanity/seed/compile.ts',
  'sanity/seed/types.ts',
  'sanity/schemaTypes/options.ts',
]
