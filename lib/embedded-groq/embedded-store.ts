import path from 'node:path'
import { evaluate, parse, type DereferenceFunction, type ExprNode } from 'groq-js'
import { documentKeeper, forEachLine, type Line } from './dataset-file'
import { answerLookup, indexFor } from './dataset-index'
import { planQuery } from './query-plan'
import type { ContentStore, QueryParams } from '../content/store'

/**
 * Runs GROQ with groq-js over an NDJSON export. The dataset is read and
 * indexed once per process and per file, so a build of thousands of pages
 * pays for it once; in a file too large to hold parsed, large documents keep
 * their large fields on disk until a query reads them (dataset-file.ts), so
 * 100 000 articles fit a build worker; references resolve through an id
 * index rather than a scan of the dataset, and `*[...]` filters go through
 * the query planner (query-plan.ts) so a lookup costs the same at 100 or
 * 100 000 articles (bench/RESULTS.md, "Data layer").
 */

export const DEFAULT_DATASET_PATH = path.join(process.cwd(), 'sanity', 'seed', 'production.ndjson')

export interface SanityDocumentLike {
  _id: string
  _type: string
  [field: string]: unknown
}

export class DatasetError extends Error {
  override name = 'DatasetError'
}

export interface IndexedDataset {
  documents: SanityDocumentLike[]
  byId: Map<string, SanityDocumentLike>
}

function isDraftOrVersion(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.')
}

/**
 * Collects an export's published documents line by line; drafts are left
 * out, as the published perspective does. `keep` decides what is held of each.
 */
function collectDocuments(
  eachLine: (onLine: (line: Line) => void) => void,
  file: string,
  keep: (doc: SanityDocumentLike, line: Line) => SanityDocumentLike = (doc) => doc,
): IndexedDataset {
  const documents: SanityDocumentLike[] = []
  const byId = new Map<string, SanityDocumentLike>()
  eachLine((line) => {
    let doc: unknown
    try {
      doc = JSON.parse(line.text)
    } catch (error) {
      throw new DatasetError(`${file}:${line.number}: not valid JSON (${(error as Error).message}).`)
    }
    const candidate = doc as Partial<SanityDocumentLike> | null
    if (!candidate || typeof candidate._id !== 'string' || typeof candidate._type !== 'string') {
      throw new DatasetError(`${file}:${line.number}: a document needs a string _id and _type.`)
    }
    if (isDraftOrVersion(candidate._id) || candidate._type.startsWith('sanity.')) return
    if (byId.has(candidate._id)) throw new DatasetError(`${file}:${line.number}: duplicate _id "${candidate._id}".`)
    const kept = keep(candidate as SanityDocumentLike, line)
    byId.set(candidate._id, kept)
    documents.push(kept)
  })
  return { documents, byId }
}

/** Parses an NDJSON export held in a string (tests; every document kept whole). */
export function parseNdjson(text: string, file = 'dataset'): IndexedDataset {
  return collectDocuments(
    (onLine) =>
      text.split('\n').forEach((line, index) => {
        if (line.trim()) onLine({ text: line, number: index + 1, offset: 0, bytes: 0 })
      }),
    file,
  )
}

const datasets = new Map<string, IndexedDataset>()
const parsedQueries = new Map<string, { plain: ExprNode; planned: ExprNode }>()

/**
 * Reads an NDJSON export from disk; `light` (by default: a file too large to hold parsed) keeps its large
 * documents light (dataset-file.ts).
 */
export function loadDataset(file: string, { light }: { light?: boolean } = {}): IndexedDataset {
  let dataset = datasets.get(file)
  if (!dataset) {
    const label = path.relative(process.cwd(), file)
    try {
      dataset = collectDocuments((onLine) => forEachLine(file, onLine), label, documentKeeper(file, label, { light }))
    } catch (error) {
      if (error instanceof DatasetError) throw error
      throw new DatasetError(`Cannot read the embedded dataset at ${file}: ${(error as Error).message}`)
    }
    datasets.set(file, dataset)
  }
  return dataset
}

/**
 * The params groq-js must see while parsing. A slice takes only constants,
 * and groq-js substitutes the params given to `parse(query, { params })` as
 * constants, so `[$start...$end]` parses once its bounds are known (the hosted
 * Content Lake does the same). Only numbers are bound this early: a slice
 * bound is always one, and leaving strings (slugs) to evaluation lets one
 * parsed and planned tree serve every article.
 */
function parseTimeParams(params: QueryParams): QueryParams {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'number'))
}

function parseQuery(query: string, params: QueryParams, plan: boolean): ExprNode {
  const bound = parseTimeParams(params)
  // The tree depends on the query and on the params bound into it, so both key it.
  const key = `${query}\u0000${JSON.stringify(bound)}`
  let trees = parsedQueries.get(key)
  if (!trees) {
    const plain = parse(query, { params: bound })
    trees = { plain, planned: planQuery(plain) }
    parsedQueries.set(key, trees)
  }
  return plan ? trees.planned : trees.plain
}

export interface RunOptions {
  /** Serve `*[...]` filters from indexes (default). Off: plain groq-js, kept to prove both agree. */
  plan?: boolean
}

export async function runQuery<T>(
  dataset: IndexedDataset,
  query: string,
  params: QueryParams,
  { plan = true }: RunOptions = {},
): Promise<T> {
  const index = plan ? indexFor(dataset, dataset.documents) : null
  // A planner lookup answers with an array of candidates (a promise of one
  // while an ordering is first sorted) or a count; groq-js awaits and wraps
  // whatever dereference returns, though its type only mentions documents.
  const dereference = (({ _ref }: { _ref: string }) =>
    (index && answerLookup(index, _ref)) ?? dataset.byId.get(_ref) ?? null) as DereferenceFunction
  const value = await evaluate(parseQuery(query, params, plan), { dataset: dataset.documents, params, dereference })
  return (await value.get()) as T
}

export interface StoreOptions extends RunOptions {
  /** Told how long each query took (benchmarks read it). */
  onQueryTimed?: (query: string, ms: number) => void
  /** Share answers between fetches (createEmbeddedStore); off, every fetch runs its query, as a benchmark timing one needs. */
  shareAnswers?: boolean
  /** An answer that took at least this many ms is kept (default SLOW_QUERY_MS). */
  slowQueryMs?: number
}

/** An answer that took at least this long is kept (createEmbeddedStore). */
const SLOW_QUERY_MS = 1000
/** How many slow answers a store keeps, the oldest dropped first. */
const KEPT_SLOW_ANSWERS = 4

/**
 * A content store over an NDJSON export. Listings are paged in GROQ, so no
 * two pages of a build ask for the same page of results (a page and its
 * metadata share one through React's cache).
 *
 * A loaded dataset never changes, so the same query with the same params
 * always has the same answer, and two kinds of answers are shared rather than
 * run again: one asked for while it is still running (Next renders up to
 * eight pages at once in a build worker), and the last few that took at least
 * SLOW_QUERY_MS. At 100 000 articles the sitemap's pass over every article
 * takes about 20 s, and the sitemap index and each of its pages ran it again
 * in turn: some 90 s of one build worker. Callers only read answers
 * (lib/content/mappers.ts copies what it reorders).
 */
export function createEmbeddedStore(file = DEFAULT_DATASET_PATH, options: StoreOptions = {}): ContentStore {
  const { onQueryTimed, shareAnswers = true, slowQueryMs = SLOW_QUERY_MS } = options
  const answers = new Map<string, Promise<unknown>>()
  const slow: string[] = []

  function keepIfSlow(key: string, ms: number) {
    if (ms < slowQueryMs || !shareAnswers) {
      answers.delete(key)
      return
    }
    slow.push(key)
    if (slow.length > KEPT_SLOW_ANSWERS) answers.delete(slow.shift() as string)
  }

  return {
    fetch: <T>(query: string, params: QueryParams) => {
      const key = `${query}\u0000${JSON.stringify(params)}`
      const shared = shareAnswers ? answers.get(key) : undefined
      if (shared) return shared as Promise<T>
      const dataset = loadDataset(file)
      const started = performance.now()
      const timed = () => {
        const ms = performance.now() - started
        onQueryTimed?.(query, ms)
        return ms
      }
      const answer = runQuery<T>(dataset, query, params, options).then(
        (value) => {
          keepIfSlow(key, timed())
          return value
        },
        (error: unknown) => {
          // A failed answer is never kept: the next fetch runs the query again.
          timed()
          answers.delete(key)
          throw error
        },
      )
      answers.set(key, answer)
      return answer
    },
  }
}

/** Drops a loaded dataset (and, with it, its indexes) so a long benchmark can move on to the next size. */
export function forgetDataset(file: string): void {
  datasets.delete(file)
}
