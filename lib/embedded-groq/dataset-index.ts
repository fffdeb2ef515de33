import { evaluate, type ExprNode } from 'groq-js'
import { PLAN_PREFIX, planById, type Plan } from './query-plan.ts'

// Relative imports with their extension: the local Content Lake (content-lake/), which Node runs without a
// bundler, plans its queries with this module too.

/**
 * Indexes the query planner looks candidates up in, built once per loaded
 * dataset: documents by type up front (one pass), and per (type, path) or per
 * type for references only when a query first needs them, so a build pays
 * only for the lookups its pages make. A plan with an ordering gets its
 * candidates sorted once per lookup value, also on first use. A loaded dataset
 * never changes, so nothing here is ever invalidated; it all goes with the
 * dataset.
 */

interface Doc {
  _type: string
  [field: string]: unknown
}

type Buckets = Map<string, Doc[]>

export interface DatasetIndex {
  all: Doc[]
  byType: Buckets
  byPath: Map<string, Buckets>
  byRef: Map<string, Buckets>
  /** (type, key, ordering, lookup value) → the candidates in that order; a promise while groq-js sorts them. */
  sorted: Map<string, Doc[] | Promise<Doc[]>>
  /** Count plan id + lookup → the number of exact matches. */
  counts: Map<string, number>
}

const indexes = new WeakMap<object, DatasetIndex>()

export function indexFor(owner: object, documents: Doc[]): DatasetIndex {
  let index = indexes.get(owner)
  if (!index) {
    const byType: Buckets = new Map()
    for (const doc of documents) push(byType, doc._type, doc)
    index = { all: documents, byType, byPath: new Map(), byRef: new Map(), sorted: new Map(), counts: new Map() }
    indexes.set(owner, index)
  }
  return index
}

function push(buckets: Buckets, key: string, doc: Doc): void {
  const bucket = buckets.get(key)
  if (bucket) bucket.push(doc)
  else buckets.set(key, [doc])
}

/** The key groq-js's string() gives a scalar; other values are not indexed. */
function scalarKey(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? `${value}` : null
}

/** Mirrors AccessAttribute: own properties of objects only. */
function readPath(doc: unknown, path: string[]): unknown {
  let current = doc
  for (const name of path) {
    if (!current || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, name)) return null
    current = (current as Record<string, unknown>)[name]
  }
  return current
}

/**
 * The references of documents whose large fields stay on disk until read
 * (dataset-file.ts), collected when they were parsed so building a reference
 * index does not read them back: `refs` as collectRefs finds them,
 * `exact-refs` as collectExactRefs does.
 */
export const precomputedReferences = new WeakMap<object, { refs: string[]; 'exact-refs': string[] }>()

/** Every scalar inside any `_ref` property, at any depth: a superset of what references() and `in x._ref` match. */
export function collectRefs(value: unknown, into: Set<string>, insideRef = false): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into, insideRef)
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) collectRefs(child, into, insideRef || key === '_ref')
  } else if (insideRef) {
    const key = scalarKey(value)
    if (key !== null) into.add(key)
  }
}

/**
 * The references groq-js's references() finds in a value, exactly: it walks
 * arrays and objects, and an object with a truthy `_ref` answers with that
 * `_ref` alone (its other properties are not searched); only a string `_ref`
 * can equal the string ids references() is given.
 */
export function collectExactRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectExactRefs(item, into)
  } else if (value && typeof value === 'object') {
    const ref = (value as { _ref?: unknown })._ref
    if (ref) {
      if (typeof ref === 'string') into.add(ref)
      return
    }
    for (const child of Object.values(value)) collectExactRefs(child, into)
  }
}

function lazily(
  cache: Map<string, Buckets>,
  name: string,
  docs: Doc[],
  keysOf: (doc: Doc) => Iterable<string>,
): Buckets {
  let buckets = cache.get(name)
  if (!buckets) {
    buckets = new Map()
    for (const doc of docs) for (const key of keysOf(doc)) push(buckets, key, doc)
    cache.set(name, buckets)
  }
  return buckets
}

const EMPTY: Doc[] = []

function candidates(index: DatasetIndex, plan: Plan, lookup: string): Doc[] {
  const docs = plan.type === null ? index.all : (index.byType.get(plan.type) ?? EMPTY)
  if (!plan.key || lookup === '*') return docs
  const wanted = lookup.slice(1)
  const scope = plan.type ?? '*'
  if (plan.key.kind !== 'attr') {
    const kind = plan.key.kind
    const collect = kind === 'refs' ? collectRefs : collectExactRefs
    const buckets = lazily(index.byRef, `${kind}\u0000${scope}`, docs, (doc) => {
      const known = precomputedReferences.get(doc)
      if (known) return known[kind]
      const refs = new Set<string>()
      collect(doc, refs)
      return refs
    })
    return buckets.get(wanted) ?? EMPTY
  }
  const path = plan.key.path
  const buckets = lazily(index.byPath, `${scope}\u0000${path.join('.')}`, docs, (doc) => {
    const key = scalarKey(readPath(doc, path))
    return key === null ? [] : [key]
  })
  return buckets.get(wanted) ?? EMPTY
}

/**
 * `$docs | order(...)` run by groq-js itself, so the order (types, nulls,
 * missing keys, ties) is exactly the one the query would have produced.
 */
async function sortWithGroq(docs: Doc[], order: ExprNode[]): Promise<Doc[]> {
  const tree: ExprNode = { type: 'PipeFuncCall', name: 'order', base: { type: 'Parameter', name: 'docs' }, args: order }
  const value = await evaluate(tree, { params: { docs } })
  const result: unknown = await value.get()
  if (!Array.isArray(result) || result.length !== docs.length) throw new Error('groq-js order() lost candidates.')
  return result as Doc[]
}

const sortKeys = new WeakMap<Plan, string>()

/** Plans that differ only in `limit` share one sorted list. */
function sortKey(plan: Plan): string {
  let key = sortKeys.get(plan)
  if (key === undefined) {
    key = JSON.stringify([plan.type, plan.key, plan.order])
    sortKeys.set(plan, key)
  }
  return key
}

function sortedCandidates(index: DatasetIndex, plan: Plan, order: ExprNode[], lookup: string): Doc[] | Promise<Doc[]> {
  const key = `${sortKey(plan)}\u0000${lookup}`
  let sorted = index.sorted.get(key)
  if (!sorted) {
    const pending = sortWithGroq(candidates(index, plan, lookup), order)
    index.sorted.set(key, pending)
    sorted = pending
    void pending.then(
      (docs) => index.sorted.set(key, docs),
      () => index.sorted.delete(key),
    )
  }
  return sorted
}

/** Documents of the plan's type whose path holds exactly the string `=value` names (an `==` in GROQ). */
function exactCount(index: DatasetIndex, plan: Plan, key: string, lookup: string): number {
  let count = index.counts.get(key)
  if (count === undefined && plan.key?.kind === 'exact-refs') {
    count = candidates(index, plan, lookup).length
    index.counts.set(key, count)
  }
  if (count === undefined) {
    const path = plan.key?.kind === 'attr' ? plan.key.path : null
    if (!path || !lookup.startsWith('=')) throw new Error(`Count plan cannot answer "${key}".`)
    const wanted = lookup.slice(1)
    count = candidates(index, plan, lookup).filter((doc) => readPath(doc, path) === wanted).length
    index.counts.set(key, count)
  }
  return count
}

/**
 * Answers a planner lookup key, or returns undefined when `ref` is an ordinary
 * document id: candidate documents (a promise of them only while an ordering
 * is first sorted; groq-js awaits what dereference returns), or for a count
 * plan a number.
 */
export function answerLookup(index: DatasetIndex, ref: string): Doc[] | Promise<Doc[]> | number | undefined {
  if (!ref.startsWith(PLAN_PREFIX)) return undefined
  const rest = ref.slice(PLAN_PREFIX.length)
  const colon = rest.indexOf(':')
  const plan = planById(Number(rest.slice(0, colon)))
  if (!plan) throw new Error(`Unknown query plan in lookup "${rest}".`)
  const lookup = rest.slice(colon + 1)
  if (plan.count) return exactCount(index, plan, rest, lookup)
  if (plan.order) {
    const sorted = sortedCandidates(index, plan, plan.order, lookup)
    const limit = plan.limit
    if (limit === undefined) return sorted
    return Array.isArray(sorted) ? sorted.slice(0, limit) : sorted.then((docs) => docs.slice(0, limit))
  }
  return candidates(index, plan, lookup)
}
