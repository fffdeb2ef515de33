import { existsSync, readFileSync } from 'node:fs'
import { writeFileDurably } from './durable-file.ts'
import { isPublishedId } from './ids.ts'
import { parseDocuments, toNdjson } from './ndjson.ts'
import { readWorkingCopy, workingCopyPaths } from './working-copy.ts'

/**
 * Writes the working copy's published documents over the committed NDJSON,
 * for a commit. Documents keep the seed's order (new ones go last) so the
 * diff shows only what an editor changed. Drafts stay in the working copy.
 * Safe while the server runs: it reads the snapshot and the log, writes nothing there.
 */
export function exportPublished(directory: string, dataset: string, seedFile: string, target = seedFile): number {
  const current = readWorkingCopy(workingCopyPaths(directory, dataset), seedFile).filter((doc) => isPublishedId(doc._id))
  const seedOrder = existsSync(target) ? parseDocuments(readFileSync(target, 'utf8'), target).map((doc) => doc._id) : []
  const position = new Map(seedOrder.map((id, index) => [id, index]))
  const ordered = [...current].sort((a, b) => (position.get(a._id) ?? Infinity) - (position.get(b._id) ?? Infinity))
  writeFileDurably(target, toNdjson(ordered))
  return ordered.length
}
