import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { collectExactRefs, collectRefs, precomputedReferences } from './dataset-index'

/**
 * Reads an NDJSON export from disk without ever holding it whole. A dataset
 * of 100 000 articles is about 2.3 GB of NDJSON: more than one JavaScript
 * string can hold, and about 3 GB of heap once parsed, in every build worker.
 *
 * So in a file larger than WHOLE_DATASET_BYTES a large document (an
 * article) is kept as a *light* copy: its small fields (id, type, title,
 * slug, summary, dates, single references) as parsed, and each large field
 * (the article's sections, its sources) as a getter that re-reads the
 * document's own line from the file when a query first touches it. groq-js
 * reads fields as plain properties, so queries see the same document either
 * way; listings, counts and orderings read only the small fields, and only
 * the pages that show an article's body read it back.
 * The references a large field holds are collected while the line is parsed
 * (precomputedReferences), so the planner's reference indexes never re-read
 * the file. The last documents read back are kept, up to
 * FULL_DOCUMENT_CACHE_BYTES of their NDJSON.
 */

/**
 * A dataset file up to this size is held parsed whole, as it always was: 10 000 synthetic articles are 225 MB
 * of NDJSON and about 290 MB of heap, and a build's hub pages read most of them. A larger file keeps its large
 * documents light.
 */
export const WHOLE_DATASET_BYTES = 512 * 1024 * 1024
/** In a light dataset, a document at least this long (bytes of NDJSON) is kept light; entities and people stay whole. */
export const LIGHT_DOCUMENT_BYTES = 4096
/** A field whose text and keys add up to more than this is read back on demand. */
const SMALL_FIELD_CHARS = 256
/**
 * Re-read documents kept per dataset, by their NDJSON bytes (parsed, about three times that in heap): a page
 * reads back one article, or the 24 a hub page lists, about 0.5 MB. More only raises the live heap, which V8
 * multiplies (see keepHeapNearLiveSize).
 */
const FULL_DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024
/**
 * How far V8 lets the old generation grow past what survived the last full collection before it collects
 * again, in percent. Its own factor rises to 4x while a program allocates fast, which a query over 100 000
 * light documents does. In the 100 000-article partial build, 60 % took each build worker from 2.1-2.8 GB to
 * 1.7 GB and 20 % to 1.4 GB, for 7 s more of static generation (70 against 63 s; bench/RESULTS.md).
 */
const HEAP_GROWING_PERCENT = 20
const READ_CHUNK_BYTES = 8 * 1024 * 1024

export interface Line {
  text: string
  /** 1-based, counting blank lines, as an editor's error message names it. */
  number: number
  offset: number
  bytes: number
}

/** Calls `onLine` with each non-blank line of an NDJSON file, reading it in chunks, until it returns false. */
export function forEachLine(file: string, onLine: (line: Line) => unknown, chunkBytes = READ_CHUNK_BYTES): void {
  const fd = openSync(file, 'r')
  try {
    let buffer = Buffer.allocUnsafe(chunkBytes)
    let position = 0 // file offset of buffer[0]
    let carried = 0 // bytes of an unfinished line at the start of the buffer
    let number = 0
    let stopped = false
    const emit = (start: number, end: number) => {
      number++
      const text = buffer.toString('utf8', start, end)
      if (text.trim()) stopped = onLine({ text, number, offset: position + start, bytes: end - start }) === false
    }
    for (;;) {
      if (carried === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(larger, 0, 0, carried)
        buffer = larger
      }
      const read = readSync(fd, buffer, carried, buffer.length - carried, position + carried)
      const end = carried + read
      let start = 0
      for (let newline = buffer.indexOf(10, start); newline !== -1 && newline < end; newline = buffer.indexOf(10, start)) {
        emit(start, newline)
        if (stopped) return
        start = newline + 1
      }
      if (read === 0) {
        if (start < end) emit(start, end)
        return
      }
      buffer.copy(buffer, 0, start, end)
      position += start
      carried = end - start
    }
  } finally {
    closeSync(fd)
  }
}

/** Whether a value's strings and keys add up to no more than `budget` characters (stops counting once over). */
function isSmall(value: unknown, budget = SMALL_FIELD_CHARS): boolean {
  const remaining = (v: unknown, left: number): number => {
    if (left < 0) return left
    if (typeof v === 'string') return left - v.length
    if (Array.isArray(v)) {
      for (const item of v) if ((left = remaining(item, left - 1)) < 0) break
      return left
    }
    if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) if ((left = remaining(item, left - key.length)) < 0) break
      return left
    }
    return left - 8
  }
  return remaining(value, budget) >= 0
}

type Doc = { _id: string; _type: string; [field: string]: unknown }

interface LineAddress {
  offset: number
  bytes: number
  number: number
}

/**
 * What to hold of each document read from `file`: itself, or (by default, when the file is larger than
 * WHOLE_DATASET_BYTES; `light` decides otherwise) a light copy of each large one.
 */
export function documentKeeper(file: string, label: string, { light }: { light?: boolean } = {}) {
  return (light ?? statSync(file).size > WHOLE_DATASET_BYTES) ? createLightDocuments(file, label) : <D>(doc: D) => doc
}

/**
 * A process that holds a light dataset reads documents back and throws them away all the time, and V8's
 * default lets the garbage pile up to about four times the live heap before a full collection: each Next build
 * worker peaked at 2.1 to 2.8 GB at 100 000 articles with under 600 MB live. Next drops --max-old-space-size from
 * its build workers' NODE_OPTIONS, and Node does not accept --heap-growing-percent there, so it is set here, once
 * the process is known to need it. V8 reads the flag at every full collection, so setting it late takes effect.
 */
function keepHeapNearLiveSize(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

/**
 * Makes light copies of one file's large documents and reads their large
 * fields back. One per loaded dataset; it only ever reads the file.
 */
export function createLightDocuments(file: string, label: string, cacheBytes = FULL_DOCUMENT_CACHE_BYTES) {
  keepHeapNearLiveSize()
  const addresses = new WeakMap<object, LineAddress>()
  const full = new Map<object, { doc: Doc; bytes: number }>() // insertion order: least recently used first
  let cachedBytes = 0
  const getters = new Map<string, (this: object) => unknown>()
  // One string per id: every article's references to the same entity share it.
  const ids = new Map<string, string>()
  const intern = (refs: Set<string>) =>
    [...refs].map((ref) => {
      const known = ids.get(ref)
      if (known !== undefined) return known
      ids.set(ref, ref)
      return ref
    })

  function readBack(light: object): Doc {
    const cached = full.get(light)
    if (cached) {
      full.delete(light)
      full.set(light, cached)
      return cached.doc
    }
    const address = addresses.get(light)!
    const buffer = Buffer.allocUnsafe(address.bytes)
    const fd = openSync(file, 'r')
    try {
      readSync(fd, buffer, 0, address.bytes, address.offset)
    } finally {
      closeSync(fd)
    }
    const id = (light as Doc)._id
    let doc: Doc | undefined
    try {
      doc = JSON.parse(buffer.toString('utf8')) as Doc
    } catch {
      // Falls through to the error below.
    }
    if (doc?._id !== id) {
      throw new Error(`${label}:${address.number}: changed on disk while the site was reading it (expected "${id}").`)
    }
    full.set(light, { doc, bytes: address.bytes })
    cachedBytes += address.bytes
    for (const [key, entry] of full) {
      if (cachedBytes <= cacheBytes || key === light) break
      full.delete(key)
      cachedBytes -= entry.bytes
    }
    return doc
  }

  /** One getter per field name, shared by every light document: it reads its document back through `this`. */
  function getter(field: string) {
    let get = getters.get(field)
    if (!get) {
      get = function (this: object) {
        return readBack(this)[field]
      }
      getters.set(field, get)
    }
    return get
  }

  /** The document as the store keeps it: itself when small, else a light copy with the same fields in the same order. */
  return function keep(doc: Doc, line: Line): Doc {
    if (line.bytes < LIGHT_DOCUMENT_BYTES) return doc
    const light = {} as Doc
    let lightened = false
    for (const [field, value] of Object.entries(doc)) {
      if (isSmall(value)) light[field] = value
      else {
        Object.defineProperty(light, field, { get: getter(field), enumerable: true, configurable: false })
        lightened = true
      }
    }
    if (!lightened) return doc
    addresses.set(light, { offset: line.offset, bytes: line.bytes, number: line.number })
    const refs = new Set<string>()
    const exactRefs = new Set<string>()
    collectRefs(doc, refs)
    collectExactRefs(doc, exactRefs)
    precomputedReferences.set(light, { refs: intern(refs), 'exact-refs': intern(exactRefs) })
    return light
  }
}
