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
 * index rather than a scan of the dataset, and `*[...]` filters go through the query planner
 * (query-plan.ts) so a lookup costs the same at 100 or 10 000 articles.
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
}

/**
 * A content store over an NDJSON export. Every fetch runs its query: listings
 * are paged in GROQ, so no two pages of a build ask for the same result (a
 * page and its metadata share one through React's cache).
 */
export function createEmbeddedStore(file = DEFAULT_DATASET_PATH, options: StoreOptions = {}): ContentStore {
  const { onQueryTimed } = options
  return {
    fetch: <T>(query: string, params: QueryParams) => {
      const dataset = loadDataset(file)
      if (!onQueryTimed) return runQuery<T>(dataset, query, params, options)
      const started = performance.now()
      return runQuery<T>(dataset, query, params, options).finally(() =>
        onQueryTimed(query, performance.now() - started),
      )
    },
  }
}

/** Drops a loaded dataset (and, with it, its indexes) so a long benchmark can move on to the next size. */
export function forgetDataset(file: string): void {
  datasets.delete(file)
}
