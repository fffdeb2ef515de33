import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'

/**
 * Replaces `file` with `content` so that a crash at any point leaves either
 * the old or the new file, never a mix: write a temporary file, fsync it,
 * rename it over the target, fsync the directory so the rename itself is durable.
 */
export function writeFileDurably(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w')
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, file)
  fsyncDirectory(path.dirname(file))
}

export function fsyncDirectory(directory: string): void {
  const fd = openSync(directory, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
