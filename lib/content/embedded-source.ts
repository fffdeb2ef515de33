import { readFileSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse, type DereferenceFunction, type ExprNode } from 'groq-js'
import { answerLookup, indexFor } from './dataset-index'
import { planQuery } from './query-plan'
import type { ContentSource, QueryParams } from './source'

/**
 * Runs GROQ with groq-js over an NDJSON export held in memory. The dataset is
 * read and indexed once per process and per file, so a build of thousands of
 * pages pays for it once; references resolve through an id index rather than a
 * scan of the dataset, and `*[...]` filters go through the query planner
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

/** Parses an NDJSON export; drafts are left out, as the published perspective does. */
export function parseNdjson(text: string, file = 'dataset'): IndexedDataset {
  const documents: SanityDocumentLike[] = []
  const byId = new Map<string, SanityDocumentLike>()
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new DatasetError(`${file}:${index + 1}: not valid JSON (${(error as Error).message}).`)
    }
    const candidate = doc as Partial<SanityDocumentLike> | null
    if (!candidate || typeof candidate._id !== 'string' || typeof candidate._type !== 'string') {
      throw new DatasetError(`${file}:${index + 1}: a document needs a string _id and _type.`)
    }
    if (isDraftOrVersion(candidate._id) || candidate._type.startsWith('sanity.')) return
    if (byId.has(candidate._id)) throw new DatasetError(`${file}:${index + 1}: duplicate _id "${candidate._id}".`)
    byId.set(candidate._id, candidate as SanityDocumentLike)
    documents.push(candidate as SanityDocumentLike)
  })
  return { documents, byId }
}

const datasets = new Map<string, IndexedDataset>()
const parsedQueries = new Map<string, { plain: ExprNode; planned: ExprNode }>()

export function loadDataset(file: string): IndexedDataset {
  let dataset = datasets.get(file)
  if (!dataset) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new DatasetError(`Cannot read the embedded dataset at ${file}: ${(error as Error).message}`)
    }
    dataset = parseNdjson(text, path.relative(process.cwd(), file))
    datasets.set(file, dataset)
  }
  return dataset
}

function parseQuery(query: string, plan: boolean): ExprNode {
  let trees = parsedQueries.get(query)
  if (!trees) {
    const plain = parse(query)
    trees = { plain, planned: planQuery(plain) }
    parsedQueries.set(query, trees)
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
  const value = await evaluate(parseQuery(query, plan), { dataset: dataset.documents, params, dereference })
  return (await value.get()) as T
}

/**
 * How many recent results a source keeps. A loaded dataset never changes, so
 * neither does a query's result over it; the pages of one region's listing all
 * ask for that region's articles, and without this each page would project
 * every article of the region again. Results are shared: callers only read them.
 */
export const RECENT_RESULTS = 32

export interface SourceOptions extends RunOptions {
  /** How many recent results to keep (default RECENT_RESULTS); 0 runs every query, as benchmarks of queries need. */
  recentResults?: number
  /** Told how long each query that ran took (not those answered from recent results). */
  onQueryTimed?: (query: string, ms: number) => void
}

export function createEmbeddedSource(file = DEFAULT_DATASET_PATH, options: SourceOptions = {}): ContentSource {
  const keep = options.recentResults ?? RECENT_RESULTS
  const recent = new Map<string, Promise<unknown>>()
  const { onQueryTimed } = options
  const run = <T>(query: string, params: QueryParams): Promise<T> => {
    const dataset = loadDataset(file)
    if (!onQueryTimed) return runQuery<T>(dataset, query, params, options)
    const started = performance.now()
    return runQuery<T>(dataset, query, params, options).finally(() =>
      onQueryTimed(query, performance.now() - started),
    )
  }
  return {
    kind: 'embedded',
    fetch: <T>(query: string, params: QueryParams) => {
      if (keep === 0) return run<T>(query, params)
      const key = `${query}\u0000${JSON.stringify(params)}`
      let result = recent.get(key)
      if (result) recent.delete(key)
      else {
        result = run<T>(query, params)
        // A failed query is not remembered: the next call reports its error afresh.
        result.catch(() => recent.delete(key))
      }
      recent.set(key, result)
      if (recent.size > keep) recent.delete(recent.keys().next().value as string)
      return result as Promise<T>
    },
  }
}
/** Drops a loaded dataset (and, with it, its indexes) so a long benchmark can move on to the next size. */
export function forgetDataset(file: string): void {
  datasets.delete(file)
}
