import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { GENERATOR_SOURCES, writeSyntheticDataset } from '../../support/synthetic/dataset'

/** Benchmarks' scratch space: generated datasets, builds and reports. */
export const WORK_DIR = path.join(process.cwd(), 'bench', '.work')

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
  mkdirSync(WORK_DIR, { recursive: true })
  // Written under a temporary name: an interrupted run must not leave a partial file that looks finished.
  writeSyntheticDataset(`${file}.partial`, articles)
  renameSync(`${file}.partial`, file)
  return file
}
