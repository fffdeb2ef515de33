import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { writeFileDurably } from './durable-file.ts'
import { parseDocuments, toNdjson } from './ndjson.ts'
import { openLog, readLog, type LogEntry, type TransactionLog } from './transaction-log.ts'
import type { LakeDocument } from './types.ts'

/**
 * The working copy: the dataset the server edits, kept outside git. It is a
 * snapshot (`<dataset>.ndjson`, started as a copy of the committed seed, which
 * the server never writes) plus the transaction log since that snapshot
 * (`<dataset>.log.ndjson`). On start the log is replayed and folded into a new
 * snapshot; a crash during that fold is harmless because replay is idempotent.
 */

export interface WorkingCopyPaths {
  snapshot: string
  log: string
  lock: string
}

export function workingCopyPaths(directory: string, dataset: string): WorkingCopyPaths {
  return {
    snapshot: path.join(directory, `${dataset}.ndjson`),
    log: path.join(directory, `${dataset}.log.ndjson`),
    lock: path.join(directory, `${dataset}.lock`),
  }
}

/** Applies log entries (after-states) to documents held in insertion order. */
export function replay(documents: Map<string, LakeDocument>, entries: LogEntry[]): void {
  for (const entry of entries) {
    for (const { id, document } of entry.documents) {
      if (document) documents.set(id, document)
      else documents.delete(id)
    }
  }
}

/** The working copy's current documents, read without changing anything (for export). */
export function readWorkingCopy(paths: WorkingCopyPaths, seedFile: string): LakeDocument[] {
  const source = existsSync(paths.snapshot) ? paths.snapshot : seedFile
  const documents = new Map(parseDocuments(readFileSync(source, 'utf8'), source).map((doc) => [doc._id, doc]))
  replay(documents, readLog(paths.log))
  return [...documents.values()]
}

export class WorkingCopyLockedError extends Error {
  override name = 'WorkingCopyLockedError'
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Two servers appending to one log would interleave their transactions, so a
 * lock file names the process that owns the working copy; a lock left by a
 * process that no longer runs (a crash) is taken over.
 */
const heldHere = new Set<string>()

function acquireLock(file: string): () => void {
  if (heldHere.has(file)) throw new WorkingCopyLockedError(`${path.dirname(file)} is already open in this process`)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      heldHere.add(file)
      return () => {
        heldHere.delete(file)
        rmSync(file, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(file, 'utf8'))
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner) && owner !== process.pid) {
        throw new WorkingCopyLockedError(
          `${path.dirname(file)} is in use by process ${owner}; stop it or give this server its own CONTENT_LAKE_DIR`,
        )
      }
      rmSync(file, { force: true })
    }
  }
  throw new WorkingCopyLockedError(`could not lock ${file}`)
}

export interface OpenWorkingCopy {
  documents: Map<string, LakeDocument>
  log: TransactionLog
  close(): void
}

export function openWorkingCopy(directory: string, dataset: string, seedFile: string): OpenWorkingCopy {
  mkdirSync(directory, { recursive: true })
  const paths = workingCopyPaths(directory, dataset)
  const release = acquireLock(paths.lock)
  try {
    if (!existsSync(paths.snapshot)) writeFileDurably(paths.snapshot, readFileSync(seedFile, 'utf8'))
    const documents = new Map(parseDocuments(readFileSync(paths.snapshot, 'utf8'), paths.snapshot).map((doc) => [doc._id, doc]))
    const entries = readLog(paths.log)
    replay(documents, entries)
    const log = openLog(paths.log)
    if (entries.length > 0 || readFileSync(paths.log, 'utf8').length > 0) {
      // Fold the log into the snapshot first, then empty it: a crash in between replays it again, to the same result.
      writeFileDurably(paths.snapshot, toNdjson([...documents.values()]))
      log.reset()
    }
    return {
      documents,
      log,
      close() {
        log.close()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}
