/**
 * Writes a synthetic dataset of N articles in Sanity's export format:
 *   npx tsx bench/generate-dataset.ts <N> [out-file]
 * Articles go through the same seed compiler as the committed dataset, so the
 * gateway sees exactly the document shape it sees in production.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseNdjson, type IndexedDataset } from '../lib/content/embedded-source'
import { compileSeeds, toNdjson, type ExportDocument, type SeedBundle } from '../sanity/seed/compile'
import { createRandom } from './lib/prng'
import { createArticleFactory } from './lib/synthetic-article'
import {
  syntheticCauses,
  syntheticPeople,
  syntheticRegions,
  syntheticSources,
  syntheticSymptoms,
  syntheticTreatments,
} from './lib/synthetic-entities'

export const WORK_DIR = path.join(process.cwd(), 'bench', '.work')

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

/** The documents as the embedded source holds them, without a file. */
export function datasetFromDocuments(documents: ExportDocument[]): IndexedDataset {
  return parseNdjson(toNdjson(documents))
}

export const datasetPath = (articles: number) => path.join(WORK_DIR, `dataset-${articles}.ndjson`)

/** Writes the dataset for N articles (default location under bench/.work) and returns its path. */
export function writeSyntheticDataset(articles: number, file = datasetPath(articles)): string {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, toNdjson(syntheticDocuments(articles)))
  return file
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const articles = Number(process.argv[2] ?? 100)
  if (!Number.isInteger(articles) || articles < 1) throw new Error('Usage: generate-dataset.ts <N> [out-file]')
  const started = performance.now()
  const file = writeSyntheticDataset(articles, process.argv[3])
  console.log(
    `wrote ${articles} articles to ${path.relative(process.cwd(), file)} in ${Math.round(performance.now() - started)} ms`,
  )
}
