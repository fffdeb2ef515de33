import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLightDocuments, forEachLine, LIGHT_DOCUMENT_BYTES, type Line } from '@/lib/embedded-groq/dataset-file'
import { DatasetError, loadDataset, parseNdjson, runQuery } from '@/lib/embedded-groq/embedded-store'
import type { QueryParams } from '@/lib/content/store'
import { toNdjson } from '@/sanity/seed/compile'
import { articleQuery, entityHubQuery } from '@/sanity/queries'
import { writeTempDataset } from '@/support/datasets'
import { syntheticDocuments, writeSyntheticDataset } from '@/support/synthetic/dataset'

/**
 * The embedded store reads a dataset file line by line and keeps each
 * article light, re-reading its sections from the file when a query needs
 * them (lib/embedded-groq/dataset-file.ts). Nothing of that may show: the
 * documents, and every query's answer, are the ones the whole file gives.
 */

const documents = syntheticDocuments(40)
const text = toNdjson(documents)

function lines(file: string, chunkBytes?: number): Line[] {
  const found: Line[] = []
  forEachLine(file, (line) => found.push(line), chunkBytes)
  return found
}

describe('writing a generated dataset', () => {
  it('streams the same bytes as compiling it in memory', () => {
    const file = path.join(path.dirname(writeTempDataset([])), 'streamed.ndjson')
    writeSyntheticDataset(file, 40)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })
})

describe('reading a dataset file line by line', () => {
  it('gives every line with its number and byte address, whatever the read size', () => {
    // Multi-byte characters, a blank line and no newline at the end.
    const content = '{"_id":"a","_type":"t","s":"é—😀"}\n\n{"_id":"b","_type":"t"}\r\n{"_id":"c","_type":"t","n":1}'
    const file = writeTempDataset([])
    writeFileSync(file, content)
    const bytes = Buffer.from(content)
    for (const chunk of [4, 7, 64, 1 << 20]) {
      const found = lines(file, chunk)
      expect(found.map((l) => l.number)).toEqual([1, 3, 4])
      expect(found.map((l) => JSON.parse(l.text)._id)).toEqual(['a', 'b', 'c'])
      for (const line of found) expect(bytes.subarray(line.offset, line.offset + line.bytes).toString()).toBe(line.text)
    }
  })

  it('stops reading when told to', () => {
    const seen: number[] = []
    forEachLine(writeTempDataset(documents as never), (line) => seen.push(line.number) < 2)
    expect(seen).toEqual([1, 2])
  })
})

describe('a large dataset file in the embedded store', () => {
  const file = writeTempDataset(documents as never)
  // A file this small is held whole; `light` treats it as one too large to.
  const dataset = loadDataset(file, { light: true })
  const article = dataset.documents.find((d) => d._type === 'article')!

  it('holds a small file whole', () => {
    const whole = loadDataset(writeTempDataset(documents as never)).documents.find((d) => d._type === 'article')!
    expect(Object.values(Object.getOwnPropertyDescriptors(whole)).every((d) => 'value' in d)).toBe(true)
  })

  it('keeps articles light: their sections are read back from the file', () => {
    expect(Object.getOwnPropertyDescriptor(article, 'introduction')?.get).toBeTypeOf('function')
    expect(Object.getOwnPropertyDescriptor(article, 'title')?.value).toBe(documents.find((d) => d._id === article._id)?.title)
    const entity = dataset.documents.find((d) => d._type === 'symptom')!
    expect(JSON.stringify(entity).length).toBeLessThan(LIGHT_DOCUMENT_BYTES)
    expect(Object.values(Object.getOwnPropertyDescriptors(entity)).every((d) => 'value' in d)).toBe(true)
  })

  it('shows every document exactly as the file has it, fields in the same order', () => {
    expect(dataset.documents.map((doc) => JSON.stringify(doc))).toEqual(documents.map((doc) => JSON.stringify(doc)))
  })

  it('answers an article page and a hub page as the whole documents do', async () => {
    const whole = parseNdjson(text)
    const slug = (article.slug as { current: string }).current
    const symptom = dataset.documents.find((d) => d._type === 'symptom')!
    const cases: [string, QueryParams][] = [
      [articleQuery, { slug, previewCount: 6 }],
      [entityHubQuery, { type: 'symptom', slug: (symptom.slug as { current: string }).current, start: 0, end: 24 }],
    ]
    for (const [query, params] of cases) {
      const light = await runQuery(dataset, query, params)
      expect(light).not.toBeNull()
      expect(light).toEqual(await runQuery(whole, query, params, { plan: false }))
    }
  })

  it('re-reads a document after it left the cache, with the same content', () => {
    const keep = createLightDocuments(file, 'dataset.ndjson', 1)
    const kept = lines(file).map((line) => keep(JSON.parse(line.text), line))
    const articles = kept.filter((d) => d._type === 'article')
    const first = JSON.stringify(articles[0])
    for (const other of articles.slice(1, 4)) JSON.stringify(other)
    expect(JSON.stringify(articles[0])).toBe(first)
  })

  it('names the file and line when the file changed under it, rather than showing another document', () => {
    const changed = writeTempDataset(documents as never)
    const light = loadDataset(changed, { light: true }).documents.find((d) => d._type === 'article')!
    const swapped = readFileSync(changed, 'utf8').split('\n')
    const at = swapped.findIndex((line) => line.includes(`"_id":"${light._id}"`))
    swapped.splice(at, 1, swapped[at]!.replace(`"_id":"${light._id}"`, `"_id":"${light._id.replace(/.$/, 'x')}"`))
    writeFileSync(changed, swapped.join('\n'))
    expect(() => light.introduction).toThrow(new RegExp(`dataset\\.ndjson:${at + 1}: changed on disk`))
  })

  it('stops at a line that is not JSON with its file and line number', () => {
    const broken = writeTempDataset(documents.slice(0, 3) as never)
    writeFileSync(broken, `${readFileSync(broken, 'utf8')}{not json\n`)
    expect(() => loadDataset(broken, { light: true })).toThrow(DatasetError)
    expect(() => loadDataset(broken, { light: true })).toThrow(/dataset\.ndjson:4: not valid JSON/)
  })
})
