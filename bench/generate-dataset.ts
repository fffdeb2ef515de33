/**
 * Writes a synthetic dataset of N articles in Sanity's export format:
 *   npx tsx bench/generate-dataset.ts <N> [out-file]
 * Articles go through the same seed compiler as the committed dataset, so the
 * gateway sees exactly the document shape it sees in production.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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

// Everything that decides a dataset's bytes. A dataset written by an older
// generator must never be measured as if it were the current one, so the
// file name carries a fingerprint of these sources.
const GENERATOR_SOURCES = [
  'bench/generate-dataset.ts',
  'bench/lib/filler.ts',
  'bench/lib/prng.ts',
  'bench/lib/synthetic-article.ts',
  'bench/lib/synthetic-entities.ts',
  'sanity/seed/compile.ts',
  'sanity/seed/types.ts',
]

let fingerprint: string | undefined
function generatorFingerprint(): string {
  if (!fingerprint) {
    const hash = createHash('sha256')
    for (const file of GENERATOR_SOURCES) hash.update(readFileSync(path.join(process.cwd(), file)))
    fingerprint = hash.digest('hex').slice(0, 10)
  }
  return fingerprint
}

export const datasetPath = (articles: number) =>
  path.join(WORK_DIR, `dataset-${articles}-${generatorFingerprint()}.ndjson`)

/** The current generator's dataset for N articles: written if missing, older versions removed. */
export function ensureDataset(articles: number): string {
  const file = datasetPath(articles)
  if (existsSync(file)) return file
  if (existsSync(WORK_DIR))
    for (const name of readdirSync(WORK_DIR))
      if (name.startsWith(`dataset-${articles}.`) || name.startsWith(`dataset-${articles}-`))
        rmSync(path.join(WORK_DIR, name))
  return writeSyntheticDataset(articles, file)
}

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
