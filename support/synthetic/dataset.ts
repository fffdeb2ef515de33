/**
 * A synthetic dataset of N articles in Sanity's export format, for tests,
 * scripts and benchmarks alike. Articles go through the same seed compiler as
 * the committed dataset, so the gateway sees exactly the document shape it
 * sees in production.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { compileSeeds, compileSeedStream, toNdjson, type ExportDocument, type SeedBundle } from '@/sanity/seed/compile'
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
    // Generated as they are compiled, after every entity (so the random sequence, and the bytes, are
    // the same as for a list): a 100 000-article dataset never has all its articles in memory.
    articles: (function* () {
      for (let i = 1; i <= articles; i++) yield article(random, i)
    })(),
  }
}

export function syntheticDocuments(articles: number, seed?: number): ExportDocument[] {
  return compileSeeds(syntheticBundle(articles, seed))
}

/**
 * Writes the dataset to a file a few thousand lines at a time: at 100 000 articles the NDJSON is over 2 GB,
 * more than one JavaScript string can hold.
 */
export function writeSyntheticDataset(file: string, articles: number, seed?: number): void {
  const fd = openSync(file, 'w')
  try {
    let batch: string[] = []
    const flush = () => {
      if (batch.length > 0) writeSync(fd, batch.join(''))
      batch = []
    }
    for (const doc of compileSeedStream(syntheticBundle(articles, seed))) {
      batch.push(`${JSON.stringify(doc)}\n`)
      if (batch.length === 2000) flush()
    }
    flush()
  } finally {
    closeSync(fd)
  }
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
