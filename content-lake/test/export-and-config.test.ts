import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../src/config.ts'
import { exportPublished } from '../src/export.ts'
import { parseDocuments } from '../src/ndjson.ts'
import { postJson, startTestLake } from './support/lake.ts'

describe('export', () => {
  it('writes the published documents, in the seed order with new ones last, and no drafts', async () => {
    const lake = await startTestLake()
    try {
      await postJson(lake.api('/data/mutate/production'), {
        mutations: [
          { create: { _id: 'cause-new', _type: 'cause' } },
          { patch: { id: 'region-knee', set: { name: 'Knee joint' } } },
          { delete: { id: 'symptom-stiffness' } },
        ],
      })
      const target = path.join(lake.directory, 'exported.ndjson')
      const seedBefore = readFileSync(lake.seedFile, 'utf8')
      exportPublished(lake.directory, 'production', lake.seedFile, target)
      const exported = parseDocuments(readFileSync(target, 'utf8'), target)
      expect(exported.map((doc) => doc._id)).toEqual(['region-knee', 'article-knee', 'cause-new'])
      expect(exported[0]?.name).toBe('Knee joint')
      expect(readFileSync(lake.seedFile, 'utf8')).toBe(seedBefore)
    } finally {
      await lake.dispose()
    }
  })
})

describe('export of an unedited working copy', () => {
  it('reproduces the committed seed byte for byte, so the dataset freshness check still passes', async () => {
    const committed = fileURLToPath(new URL('../../sanity/seed/production.ndjson', import.meta.url))
    const lake = await startTestLake({ seedFile: committed })
    try {
      const target = path.join(lake.directory, 'exported.ndjson')
      copyFileSync(committed, target)
      exportPublished(lake.directory, 'production', committed, target)
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(committed, 'utf8'))
    } finally {
      await lake.dispose()
    }
  })
})

describe('configuration', () => {
  it('defaults to the committed seed and a .content-lake working copy', () => {
    const config = readConfig({}, '/repo')
    expect(config).toMatchObject({ seedFile: '/repo/sanity/seed/production.ndjson', directory: '/repo/.content-lake', host: '127.0.0.1', dataset: 'production' })
    expect(config.webhook).toBeUndefined()
  })

  it('names the variable that is wrong', () => {
    expect(() => readConfig({ CONTENT_LAKE_PORT: 'x' }, '/')).toThrow(/CONTENT_LAKE_PORT/)
    expect(() => readConfig({ CONTENT_LAKE_DATASET: 'Bad!' }, '/')).toThrow(ConfigError)
    expect(() => readConfig({ CONTENT_LAKE_WEBHOOK_URL: 'http://x' }, '/')).toThrow(/SECRET/)
  })
})
