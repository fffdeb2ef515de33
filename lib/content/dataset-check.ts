import path from 'node:path'
import { createSchema, validateDocument, type Path, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../../sanity/schemaTypes'
import { documentKeeper, forEachLine } from '../embedded-groq/dataset-file'
import { runQuery, type SanityDocumentLike } from '../embedded-groq/embedded-store'
import type { QueryParams } from './store'

/**
 * The dataset check `npm run build` runs before `next build`
 * (scripts/check-dataset.ts): every problem in an NDJSON export, one line
 * each, naming the document id and the field path, so a bad import stops the
 * build with a list an editor can work through instead of a stack trace from
 * the middle of static generation.
 *
 * Field rules are the Studio's own (`validateDocument` over the schema: the
 * required fields, empty lists, review dates out of order, duplicate slugs,
 * web addresses), so the build and the Studio give the same message for the
 * same mistake. What the Studio cannot see in one document is checked here:
 * documents of a type the schema does not have, references to drafts or to
 * nothing, and reference cycles (nothing in this model may refer back to
 * itself; the page queries would follow it).
 */

export interface DatasetProblem {
  /** Document id, or `line N` for a line that is not a document. */
  id: string
  /** Field path, as `causes.items[2].cause`; empty for the whole document. */
  path: string
  message: string
}

interface Doc {
  _id: string
  _type: string
  [field: string]: unknown
}

const schema = createSchema({ name: 'default', types: schemaTypes })
const DOCUMENT_TYPES = new Set(
  schemaTypes.filter((t) => (t as { type?: string }).type === 'document').map((t) => (t as { name: string }).name),
)

const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')
const isSystem = (doc: Doc) => doc._type.startsWith('sanity.') || doc._id.startsWith('_.')

/** `causes.items[2].cause`: keyed segments become the index an editor sees in the list. */
function formatPath(doc: unknown, path: Path): string {
  let node: unknown = doc
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'string') {
      out += out ? `.${segment}` : segment
      node = (node as Record<string, unknown> | undefined)?.[segment]
    } else {
      const items = Array.isArray(node) ? node : []
      const index =
        typeof segment === 'number'
          ? segment
          : items.findIndex((item) => (item as { _key?: string } | null)?._key === (segment as { _key: string })._key)
      out += `[${index}]`
      node = items[index]
    }
  }
  return out
}

interface FoundReference {
  path: string
  ref: string
}

function referencesOf(value: unknown, path = ''): FoundReference[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referencesOf(item, `${path}[${index}]`))
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (typeof record._ref === 'string') return [{ path, ref: record._ref }]
  return Object.entries(record).flatMap(([key, item]) => referencesOf(item, path ? `${path}.${key}` : key))
}

/**
 * Reads an export line by line; a line that is not a document is a problem, not a crash. In an export too large
 * to hold parsed, large documents are kept light (their large fields re-read from the file when validation
 * reads them).
 */
export function readExport(file: string): { documents: Doc[]; problems: DatasetProblem[] } {
  const documents: Doc[] = []
  const problems: DatasetProblem[] = []
  const keep = documentKeeper(file, path.basename(file))
  forEachLine(file, (line) => {
    const id = `line ${line.number}`
    let doc: unknown
    try {
      doc = JSON.parse(line.text)
    } catch (error) {
      problems.push({ id, path: '', message: `not valid JSON (${(error as Error).message}).` })
      return
    }
    const candidate = doc as Partial<Doc> | null
    if (!candidate || typeof candidate._id !== 'string' || typeof candidate._type !== 'string') {
      problems.push({ id, path: '', message: 'a document needs a string _id and _type.' })
      return
    }
    documents.push(keep(candidate as Doc, line))
  })
  return { documents, problems }
}

/**
 * What Sanity's validation needs of a Studio: the schema, and a client whose
 * queries (slug uniqueness) run with groq-js over the given documents.
 */
export function workspaceFor(published: readonly object[]): Workspace {
  // Through the embedded store's query planner: a slug's uniqueness is an index lookup, where a scan of every
  // document for each document's slug made checking 10 000 articles quadratic.
  const documents = [...published] as SanityDocumentLike[]
  const dataset = { documents, byId: new Map(documents.map((doc) => [doc._id, doc])) }
  const client = {
    fetch: (query: string, params: QueryParams = {}) => runQuery(dataset, query, params),
    withConfig: () => client,
  }
  return { schema, getClient: () => client as unknown as SanityClient } as unknown as Workspace
}

/**
 * How many documents Sanity's validation checks at once. It waits for an idle callback (a `setTimeout(0)`
 * outside a browser) before each field it checks, so one document at a time left the process mostly idle.
 * On 1 000 synthetic articles (2 272 documents): 20.7 s one at a time, 8.9 s at 8, 9.6 s at 16, 10.8 s at 32;
 * past 8 the garbage collector takes over. 10 000 articles now take 95 s; 100 000, by that rate, 16 minutes (27 before).
 */
const VALIDATIONS_AT_ONCE = 8

/** `run` over every item, at most `atOnce` at a time; the answers in the items' order. */
async function inTurns<T, R>(items: readonly T[], atOnce: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const answers = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      answers[index] = await run(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker))
  return answers
}

/** Every problem in a dataset's documents (drafts included, as an export has them). */
export async function checkDocuments(all: Doc[]): Promise<DatasetProblem[]> {
  const problems: DatasetProblem[] = []
  const published = all.filter((d) => !isDraftOrVersion(d._id) && !isSystem(d))
  const byId = new Map<string, Doc>()
  for (const doc of published) {
    if (byId.has(doc._id)) problems.push({ id: doc._id, path: '_id', message: 'two documents have this id; keep one.' })
    byId.set(doc._id, doc)
  }
  const draftIds = new Set(all.filter((d) => isDraftOrVersion(d._id)).map((d) => d._id))
  const typeList = [...DOCUMENT_TYPES].sort().join(', ')

  const known = published.filter((doc) => {
    if (DOCUMENT_TYPES.has(doc._type)) return true
    problems.push({ id: doc._id, path: '_type', message: `unknown document type "${doc._type}"; the schema has ${typeList}.` })
    return false
  })

  // References: each bad one is reported here, once, and Sanity's own marker
  // for the same field is left out.
  const reported = new Set<string>()
  const edges = new Map<string, FoundReference[]>()
  for (const doc of known) {
    const good: FoundReference[] = []
    for (const found of referencesOf(doc)) {
      const problem = (message: string) => {
        problems.push({ id: doc._id, path: found.path, message })
        reported.add(`${doc._id}\u0000${found.path}`)
      }
      if (isDraftOrVersion(found.ref)) {
        problem(`references the draft "${found.ref}"; published pages show published documents only. Publish it and reference "${found.ref.replace(/^(drafts\.|versions\.[^.]+\.)/, '')}".`)
      } else if (!byId.has(found.ref)) {
        problem(
          draftIds.has(`drafts.${found.ref}`)
            ? `references "${found.ref}", which is an unpublished draft; publish it first.`
            : `references "${found.ref}", which does not exist.`,
        )
      } else good.push(found)
    }
    edges.set(doc._id, good)
  }

  // Cycles: a depth-first walk over the references that resolve.
  const state = new Map<string, 'open' | 'done'>()
  const walk = (id: string, trail: string[]) => {
    state.set(id, 'open')
    for (const { ref, path } of edges.get(id) ?? []) {
      if (state.get(ref) === 'open') {
        const chain = [...trail, id]
        const cycle = [...chain.slice(chain.indexOf(ref)), ref].join(' → ')
        problems.push({ id, path, message: `reference cycle: ${cycle}; a document may not refer back to itself.` })
        reported.add(`${id}\u0000${path}`)
      } else if (!state.has(ref)) walk(ref, [...trail, id])
    }
    state.set(id, 'done')
  }
  for (const doc of known) if (!state.has(doc._id)) walk(doc._id, [])

  const workspace = workspaceFor(published)
  const validate = (doc: Doc) =>
    validateDocument({
      document: doc as unknown as SanityDocument,
      workspace,
      environment: 'studio',
      getDocumentExists: async ({ id }) => byId.has(id),
    })
  const markersOf = await inTurns(known, VALIDATIONS_AT_ONCE, validate)
  for (const [index, doc] of known.entries()) {
    for (const marker of markersOf[index] ?? []) {
      if (marker.level !== 'error') continue
      const path = formatPath(doc, marker.path)
      const key = `${doc._id}\u0000${path}`
      if ([...reported].some((r) => key === r || key.startsWith(`${r}.`) || key.startsWith(`${r}[`))) continue
      problems.push({ id: doc._id, path, message: marker.message })
    }
  }
  return problems
}

export function formatProblem({ id, path, message }: DatasetProblem): string {
  return path ? `${id} › ${path}: ${message}` : `${id}: ${message}`
}

/** Reads and checks an NDJSON export. */
export async function checkDatasetFile(file: string): Promise<DatasetProblem[]> {
  const { documents, problems } = readExport(file)
  return [...problems, ...(await checkDocuments(documents))]
}
