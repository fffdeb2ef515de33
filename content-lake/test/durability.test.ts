import { createHash } from 'node:crypto'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { TransactionLogError } from '../src/transaction-log.ts'
import { openWorkingCopy, WorkingCopyLockedError, workingCopyPaths } from '../src/working-copy.ts'
import { spawnLake } from './support/child-lake.ts'
import { getJson, postJson, SEED, startTestLake, writeSeed, type TestLake } from './support/lake.ts'

const lakes: TestLake[] = []
const roots: string[] = []
afterEach(async () => {
  for (const lake of lakes.splice(0)) await lake.dispose()
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

const tempRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-lake-durability-'))
  roots.push(root)
  return root
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('working copy', () => {
  it('keeps every transaction across a restart and never writes the seed', async () => {
    const lake = await startTestLake()
    const seedHash = sha(lake.seedFile)
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ create: { _id: 'cause-kept', _type: 'cause' } }] })
    const restarted = await lake.restart()
    lakes.push(restarted)
    const { body } = await getJson(restarted.api('/data/doc/production/cause-kept'))
    expect(body.documents).toHaveLength(1)
    expect(sha(restarted.seedFile)).toBe(seedHash)
  })

  it('ignores a torn last log line (a write a crash cut short) and folds the rest into the snapshot', () => {
    const root = tempRoot()
    const seed = writeSeed(root)
    const directory = path.join(root, 'wc')
    openWorkingCopy(directory, 'production', seed).close()
    const { log, snapshot } = workingCopyPaths(directory, 'production')
    const entry = { transactionId: 't1', timestamp: '2026-02-01T00:00:00.000Z', documents: [{ id: 'cause-logged', document: { _id: 'cause-logged', _type: 'cause' } }] }
    writeFileSync(log, JSON.stringify(entry) + '\n' + '{"transactionId":"t2","documents":[{"id":"cause-to')
    const reopened = openWorkingCopy(directory, 'production', seed)
    expect(reopened.documents.has('cause-logged')).toBe(true)
    expect([...reopened.documents.keys()].some((id) => id.startsWith('cause-to'))).toBe(false)
    reopened.close()
    expect(readFileSync(log, 'utf8')).toBe('')
    expect(readFileSync(snapshot, 'utf8')).toContain('cause-logged')
  })

  it('refuses to start on a log damaged in the middle rather than lose what follows', () => {
    const root = tempRoot()
    const seed = writeSeed(root)
    const directory = path.join(root, 'wc')
    openWorkingCopy(directory, 'production', seed).close()
    appendFileSync(workingCopyPaths(directory, 'production').log, 'garbage\n{"transactionId":"t","timestamp":"x","documents":[]}\n')
    expect(() => openWorkingCopy(directory, 'production', seed)).toThrow(TransactionLogError)
  })

  it('lets only one server own a working copy', () => {
    const root = tempRoot()
    const seed = writeSeed(root)
    const directory = path.join(root, 'wc')
    const first = openWorkingCopy(directory, 'production', seed)
    expect(() => openWorkingCopy(directory, 'production', seed)).toThrow(WorkingCopyLockedError)
    first.close()
    openWorkingCopy(directory, 'production', seed).close()
  })
})

describe('crash safety', () => {
  it('after SIGKILL mid-write, every acknowledged transaction is there and none is torn', { timeout: 120_000 }, async () => {
    const root = tempRoot()
    const seed = writeSeed(root)
    const seedHash = sha(seed)
    const env = { CONTENT_LAKE_SEED: seed, CONTENT_LAKE_DIR: path.join(root, 'wc') }
    const acknowledged = new Set<number>()
    let next = 0
    // Large documents make each fsynced write take long enough for the kill to land inside one.
    const filler = 'x'.repeat(256 * 1024)

    for (let round = 0; round < 3; round++) {
      const lake = await spawnLake(env)
      const url = `${lake.origin}/v2025-02-19/data/mutate/production`
      let stopped = false
      const writer = async () => {
        while (!stopped) {
          const n = next++
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                mutations: [
                  { create: { _id: `pair-${n}-a`, _type: 'cause', filler } },
                  { create: { _id: `pair-${n}-b`, _type: 'cause', n } },
                ],
              }),
            })
            if (response.status === 200) acknowledged.add(n)
          } catch {
            // The server died with this request in flight: not acknowledged, may or may not be applied.
          }
        }
      }
      const writers = [writer(), writer(), writer()]
      await new Promise((resolve) => setTimeout(resolve, 300 + round * 200))
      lake.child.kill('SIGKILL')
      await lake.exited
      stopped = true
      await Promise.all(writers)
    }

    const lake = await spawnLake(env)
    try {
      const q = encodeURIComponent('*[_id match "pair-*"]._id')
      const { body } = await getJson(`${lake.origin}/v2025-02-19/data/query/production?query=${q}`)
      const present = new Set<string>(body.result)
      expect(acknowledged.size).toBeGreaterThan(3)
      for (const n of acknowledged) {
        expect(present.has(`pair-${n}-a`), `acknowledged ${n}`).toBe(true)
      }
      for (let n = 0; n < next; n++) {
        // Both documents of a transaction or neither.
        expect(present.has(`pair-${n}-a`), `transaction ${n} torn`).toBe(present.has(`pair-${n}-b`))
      }
      expect(sha(seed)).toBe(seedHash)
      const others = await getJson(`${lake.origin}/v2025-02-19/data/query/production?query=${encodeURIComponent('count(*[!(_id match "pair-*")])')}&perspective=raw`)
      expect(others.body.result).toBe(SEED.length)
    } finally {
      lake.child.kill('SIGKILL')
      await lake.exited
    }
  })
})
