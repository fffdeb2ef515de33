import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startContentLake, type ContentLake, type ContentLakeOptions } from '../../src/server.ts'
import type { LakeDocument } from '../../src/types.ts'

/** A local Content Lake on a free port, over a throw-away working copy. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by expect(), not by types
export type JsonBody = any

export const SEED: LakeDocument[] = [
  { _id: 'region-knee', _type: 'bodyRegion', _rev: 'r0', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', name: 'Knee', slug: { _type: 'slug', current: 'knee' } },
  { _id: 'symptom-stiffness', _type: 'symptom', _rev: 'r1', _createdAt: '2026-01-01T00:00:00Z', _updatedAt: '2026-01-01T00:00:00Z', name: 'Stiffness', summary: 'Hard to move.' },
  { _id: 'drafts.symptom-swelling', _type: 'symptom', _rev: 'r2', _createdAt: '2026-01-02T00:00:00Z', _updatedAt: '2026-01-02T00:00:00Z', name: 'Swelling (draft only)' },
  { _id: 'article-knee', _type: 'article', _rev: 'r3', _createdAt: '2026-01-03T00:00:00Z', _updatedAt: '2026-01-03T00:00:00Z', title: 'Knee pain', region: { _type: 'reference', _ref: 'region-knee' } },
  { _id: 'drafts.article-knee', _type: 'article', _rev: 'r4', _createdAt: '2026-01-03T00:00:00Z', _updatedAt: '2026-01-04T00:00:00Z', title: 'Knee pain (edited)', region: { _type: 'reference', _ref: 'region-knee' } },
]

export interface TestLake extends ContentLake {
  directory: string
  seedFile: string
  api: (pathname: string) => string
  restart(): Promise<TestLake>
  dispose(): Promise<void>
}

export const API_VERSION = '2025-02-19'

export function writeSeed(directory: string, documents: LakeDocument[] = SEED): string {
  const seedFile = path.join(directory, 'seed.ndjson')
  writeFileSync(seedFile, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return seedFile
}

export async function startTestLake(options: Partial<ContentLakeOptions> & { documents?: LakeDocument[] } = {}): Promise<TestLake> {
  const root = mkdtempSync(path.join(tmpdir(), 'content-lake-test-'))
  const seedFile = options.seedFile ?? writeSeed(root, options.documents)
  const directory = options.directory ?? path.join(root, 'working-copy')
  const start = async (): Promise<TestLake> => {
    const lake = await startContentLake({ ...options, seedFile, directory })
    return {
      ...lake,
      directory,
      seedFile,
      api: (pathname) => `${lake.origin}/v${API_VERSION}${pathname}`,
      restart: async () => {
        await lake.close()
        return start()
      },
      dispose: async () => {
        await lake.close()
        rmSync(root, { recursive: true, force: true })
      },
    }
  }
  return start()
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: JsonBody }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, body: await response.json() }
}

export async function getJson(url: string): Promise<{ status: number; body: JsonBody }> {
  const response = await fetch(url)
  return { status: response.status, body: await response.json() }
}

export const query = async (lake: TestLake, groq: string, extra = '') =>
  (await getJson(lake.api(`/data/query/production?query=${encodeURIComponent(groq)}${extra}`))).body
