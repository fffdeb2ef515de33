import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEFAULT_DATASET_PATH, type SanityDocumentLike } from '@/lib/embedded-groq/embedded-store'

export const SEED_SLUG = 'gluteus-medius-trigger-points'

export function readCommittedDocuments(): SanityDocumentLike[] {
  return readFileSync(DEFAULT_DATASET_PATH, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SanityDocumentLike)
}

/** Writes documents as an NDJSON export in a fresh temp folder and returns its path. */
export function writeTempDataset(documents: SanityDocumentLike[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'health-portal-')), 'dataset.ndjson')
  writeFileSync(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}
