import { documentProblem } from './documents.ts'
import type { LakeDocument } from './types.ts'

/** Sanity's export format: one JSON document a line. */

export class DatasetFileError extends Error {
  override name = 'DatasetFileError'
}

export function parseDocuments(text: string, file: string): LakeDocument[] {
  const documents: LakeDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new DatasetFileError(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`)
    }
    const problem = documentProblem(doc)
    if (problem) throw new DatasetFileError(`${file}:${index + 1}: ${problem}`)
    documents.push(doc as LakeDocument)
  })
  return documents
}

export const toNdjson = (documents: LakeDocument[]) => documents.map((doc) => JSON.stringify(doc)).join('\n') + (documents.length ? '\n' : '')
