import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs'
import { fsyncDirectory } from './durable-file.ts'
import type { LakeDocument } from './types.ts'
import path from 'node:path'

/**
 * The append-only transaction log: one line per committed transaction, with
 * every changed document's state after it (null when deleted). A line is
 * fsynced before the transaction is acknowledged. Replaying after-states is
 * idempotent, so replaying the log over a snapshot that already contains some
 * of it gives the same dataset (see working-copy.ts).
 */

export interface LogEntry {
  transactionId: string
  timestamp: string
  documents: { id: string; document: LakeDocument | null }[]
}

export class TransactionLogError extends Error {
  override name = 'TransactionLogError'
}

/**
 * Reads the log. A last line without its newline is a write that a crash cut
 * short: it was never acknowledged, so it is dropped. Any other bad line means
 * the file was damaged by something else, and starting anyway would lose data.
 */
export function readLog(file: string): LogEntry[] {
  if (!existsSync(file)) return []
  const text = readFileSync(file, 'utf8')
  const lines = text.split('\n')
  // After the final newline split leaves '' (complete) or a torn fragment; either way it is not an entry.
  lines.pop()
  return lines.map((line, index) => {
    try {
      const entry = JSON.parse(line) as LogEntry
      if (typeof entry.transactionId !== 'string' || !Array.isArray(entry.documents)) throw new Error('not a log entry')
      return entry
    } catch (error) {
      throw new TransactionLogError(`${file}:${index + 1}: damaged transaction log line (${(error as Error).message}); move the file away to start from the snapshot`)
    }
  })
}

export interface TransactionLog {
  append(entry: LogEntry): void
  /** Empties the log once a snapshot holds everything in it. */
  reset(): void
  close(): void
}

export function openLog(file: string): TransactionLog {
  const created = !existsSync(file)
  const fd = openSync(file, 'a')
  if (created) fsyncDirectory(path.dirname(file))
  return {
    append(entry) {
      // Synchronous on purpose: the transaction is planned, logged and applied
      // in one turn of the event loop, so no other request sees a half state.
      writeSync(fd, JSON.stringify(entry) + '\n')
      fsyncSync(fd)
    },
    reset() {
      ftruncateSync(fd, 0)
      fsyncSync(fd)
    },
    close() {
      closeSync(fd)
    },
  }
}
