import type {
  ExprNode,
  FilterNode,
  FuncCallNode,
  ObjectNode,
  OpCallNode,
  PipeFuncCallNode,
  SelectNode,
  SliceNode,
} from 'groq-js'

/**
 * A small query planner for the embedded store. groq-js evaluates `*[cond]`
 * by testing `cond` on every document, so a slug lookup, and the related-
 * articles subquery run once per article, cost O(N). This rewrites the parsed
 * query, never the GROQ text: in a `*[...]` whose condition is an AND of
 *
 *   _type == "literal"                     → the documents of that type
 *   <path> == <$param | ^.path | literal>   → a (type, path, value) index
 *   references(<same>) or <same> in <path>._ref → a reverse-reference index
 *
 * the `*` becomes a lookup of candidate documents, and the full, unchanged
 * condition still runs on each candidate. Candidates are a superset of the
 * matches, in dataset order, so results are identical to a full scan; any
 * other filter is left to plain groq-js.
 *
 * groq-js has no hook for custom sources, but it calls our `dereference` for
 * `{"_ref": key}->`, so the lookup is spelled as a dereference of a key that
 * starts with a per-process nonce no document id can contain.
 *
 * `*[cond] | order(...)`, where every ordering reads only the document's own
 * attributes, also drops the sort: the lookup answers with the candidates
 * already in that order (sorted once per dataset and lookup value by groq-js's
 * own `order`, see dataset-index.ts), and the filter keeps that order. groq-js
 * sorts stably (ties keep dataset order), and the candidates are in dataset
 * order, so sorting them first and filtering after gives exactly the sorted
 * matches. A constant slice `[a...b]` of that (a, b >= 0) only needs the
 * first b matches, and groq-js would still test every candidate, so it becomes
 *
 *   select(count(first k[cond]) >= b => first k[cond][a...b], all[cond][a...b])
 *
 * where `first k` are the first k sorted candidates (k a little over b): the
 * matches among them are the first matches overall, so if there are b of
 * them, they are the slice; otherwise every candidate is tested, as before.
 */

/**
 * `refs`: every document holding the value in any `_ref`, a superset of the
 * matches. `exact-refs`: the documents `references(value)` is true for, no
 * more (see dataset-index.ts), so a filter of nothing else needs no testing.
 */
export type PlanKey = { kind: 'attr'; path: string[] } | { kind: 'refs' } | { kind: 'exact-refs' }
export interface Plan {
  /** From a `_type == "literal"` conjunct: candidates come from that type only. */
  type: string | null
  /** Which index the dynamic value is looked up in; null: the type's documents. */
  key: PlanKey | null
  /** The arguments of an `order(...)` the candidates are served sorted by; absent: dataset order. */
  order?: ExprNode[]
  /** With `order`: only the first `limit` sorted candidates. */
  limit?: number
  /** The lookup answers with the number of exact matches (see planExactCount). */
  count?: true
}

export const PLAN_PREFIX = `\u0000plan-${Math.random().toString(36).slice(2, 10)}:`
const plans: Plan[] = []
const planIds = new Map<string, number>()

export function planById(id: number): Plan | undefined {
  return plans[id]
}

function register(plan: Plan): number {
  const signature = JSON.stringify(plan)
  let id = planIds.get(signature)
  if (id === undefined) {
    id = plans.push(plan) - 1
    planIds.set(signature, id)
  }
  return id
}

/** `a.b.c` rooted at the document under test: the attribute names, or null. */
function elementPath(node: ExprNode): string[] | null {
  if (node.type !== 'AccessAttribute') return null
  if (!node.base || node.base.type === 'This') return [node.name]
  const base = elementPath(node.base)
  return base ? [...base, node.name] : null
}

/** A value that does not depend on the document under test. */
function isOuter(node: ExprNode): boolean {
  if (node.type === 'Value' || node.type === 'Parameter' || node.type === 'Parent') return true
  return node.type === 'AccessAttribute' && node.base !== undefined && isOuter(node.base)
}

/** Navigation that stays inside the document under test (no `->`, `^`, `*`, projections). */
function isInsideElement(node: ExprNode): boolean {
  switch (node.type) {
    case 'This':
      return true
    case 'AccessAttribute':
      return !node.base || isInsideElement(node.base)
    case 'ArrayCoerce':
    case 'Group':
    case 'AccessElement':
    case 'Slice':
      return isInsideElement(node.base)
    case 'Map':
    case 'FlatMap':
      return isInsideElement(node.base) && isInsideElement(node.expr)
    default:
      return false
  }
}

/** Every value `node` yields is (part of) a `_ref` property inside the document. */
function yieldsRefs(node: ExprNode): boolean {
  switch (node.type) {
    case 'AccessAttribute':
      return node.name === '_ref' && isInsideElement(node)
    case 'Map':
    case 'FlatMap':
      return isInsideElement(node.base) && yieldsRefs(node.expr)
    case 'ArrayCoerce':
    case 'Group':
    case 'Slice':
      return yieldsRefs(node.base)
    default:
      return false
  }
}

/** An `order()` argument that depends on nothing but the document it sorts. */
function isOwnOrdering(node: ExprNode): boolean {
  const mapper = node.type === 'Asc' || node.type === 'Desc' ? node.base : node
  return isInsideElement(mapper)
}

function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  if (node.type === 'Group') return conjuncts(node.base)
  return [node]
}

/** `exact`: the conjunct is `references(value)`, which the exact reference index answers without testing. */
type Candidate = { key: PlanKey; value: ExprNode; rank: number; exact?: true }

function candidateOf(node: ExprNode): Candidate | null {
  if (node.type === 'OpCall' && node.op === '==') {
    for (const [side, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const path = elementPath(side)
      // `_type == $param` narrows least: a slug or another attribute picks far fewer candidates.
      if (path && isOuter(other)) return { key: { kind: 'attr', path }, value: other, rank: path[0] === '_id' ? 0 : path.join('.') === '_type' ? 1.5 : 1 }
    }
  }
  if (node.type === 'OpCall' && node.op === 'in' && isOuter(node.left) && yieldsRefs(node.right)) {
    return { key: { kind: 'refs' }, value: node.left, rank: 2 }
  }
  if (node.type === 'FuncCall' && node.namespace === 'global' && node.name === 'references') {
    const [arg] = node.args
    if (node.args.length === 1 && arg && isOuter(arg)) return { key: { kind: 'refs' }, value: arg, rank: 2, exact: true }
  }
  return null
}

function literalType(node: ExprNode): string | null {
  if (node.type !== 'OpCall' || node.op !== '==') return null
  for (const [side, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const path = elementPath(side)
    if (path?.length === 1 && path[0] === '_type' && other.type === 'Value' && typeof other.value === 'string') {
      return other.value
    }
  }
  return null
}

const value = (v: unknown): ExprNode => ({ type: 'Value', value: v })
const call = (name: string, args: ExprNode[]): FuncCallNode => ({ type: 'FuncCall', namespace: 'global', name, args })
const concat = (left: ExprNode, right: ExprNode): OpCallNode => ({ type: 'OpCall', op: '+', left, right })

/**
 * The lookup key as GROQ: PREFIX + id + ":" + ("=" + string(v) ?? "*").
 * `v` is evaluated inside a projection of `{}` so that `^` means what it means
 * inside the filter (both open one nested scope). Values string() cannot spell
 * (null, objects, arrays) fall back to "*", all documents of the type.
 */
function lookupNode(id: number, dynamic: ExprNode | null): ExprNode {
  const head = value(`${PLAN_PREFIX}${id}:`)
  const tail = dynamic
    ? call('coalesce', [
        concat(value('='), call('string', [{ type: 'Projection', base: value({}), expr: dynamic }])),
        value('*'),
      ])
    : value('*')
  const ref: ObjectNode = {
    type: 'Object',
    attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: concat(head, tail) }],
  }
  return { type: 'Deref', base: ref }
}

function analyse(node: FilterNode) {
  const parts = conjuncts(node.expr)
  const type = parts.map(literalType).find((t) => t !== null) ?? null
  const best = parts
    .filter((part) => literalType(part) === null)
    .map(candidateOf)
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => a.rank - b.rank)[0]
  return { parts, type, best }
}

function planFilter(node: FilterNode, order?: ExprNode[], limit?: number): ExprNode {
  const { type, best } = analyse(node)
  if (!type && !best) return node
  const plan: Plan = { type, key: best?.key ?? null }
  if (order) plan.order = order
  if (order && limit !== undefined) plan.limit = limit
  const id = register(plan)
  return { ...node, base: lookupNode(id, best?.value ?? null) }
}

/** Returns a rewritten copy of the tree; the input is not modified. */
export function planQuery(node: ExprNode): ExprNode {
  return rewrite(node) as ExprNode
}

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite)
  if (!node || typeof node !== 'object') return node
  const typed = node as { type?: unknown }
  // Value nodes hold data, not syntax.
  if (typed.type === 'Value') return node
  if (typed.type === 'FuncCall') {
    const counted = planExactCount(node as FuncCallNode)
    if (counted) return counted
  }
  if (typed.type === 'Slice') {
    const sliced = planSortedSlice(node as SliceNode)
    if (sliced) return sliced
  }
  if (typed.type === 'PipeFuncCall') {
    const sorted = planSortedFilter(node as PipeFuncCallNode)
    if (sorted) return sorted
  }
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(node)) copy[key] = rewrite(child)
  const result = copy as unknown as ExprNode
  if (result.type === 'Filter' && result.base.type === 'Everything') return planFilter(result)
  return result
}

/** `*[cond] | order(own attributes)` → `<sorted candidates>[cond]`, or null when that does not apply. */
function planSortedFilter(pipe: PipeFuncCallNode, limit?: number): ExprNode | null {
  const filter = pipe.base
  if (pipe.name !== 'order' || filter.type !== 'Filter' || filter.base.type !== 'Everything') return null
  if (!pipe.args.every(isOwnOrdering)) return null
  const rewritten: FilterNode = { ...filter, expr: rewrite(filter.expr) as ExprNode }
  const planned = planFilter(rewritten, pipe.args, limit)
  return planned === rewritten ? null : planned
}

/** How many sorted candidates a slice needing `need` matches tries before testing them all. */
const headroom = (need: number) => 2 * need + 8

/** `*[cond] | order(own attributes)[a...b]` → the select() above, or null when that does not apply. */
function planSortedSlice(slice: SliceNode): ExprNode | null {
  if (slice.base.type !== 'PipeFuncCall' || slice.left < 0 || slice.right < 0) return null
  const need = slice.right + (slice.isInclusive ? 1 : 0)
  if (need === 0) return null
  const all = planSortedFilter(slice.base)
  if (!all) return null
  const exact = exactReferenceLookup(slice.base.base, { order: slice.base.args })
  if (exact) return guarded(exact.guard, { ...slice, base: exact.lookup }, { ...slice, base: all })
  const head = planSortedFilter(slice.base, headroom(need))
  if (!head) return null
  const enough: OpCallNode = { type: 'OpCall', op: '>=', left: call('count', [head]), right: value(need) }
  return guarded(enough, { ...slice, base: head }, { ...slice, base: all })
}

/**
 * `*[_type == "t" && references(v)]` with nothing else in the condition, when
 * v is a string: the matches are exactly the exact reference index's bucket
 * for v (in dataset order), so neither a count nor a slice of it needs to test
 * any document. Testing references() walks the whole document, so a hub's
 * later pages, which each counted and sliced thousands of candidates, were
 * the cost of a build. Returns the lookup, with its guard (`"=" + v` is
 * defined only for a string), or null when the filter is not of that form.
 */
function exactReferenceLookup(filter: ExprNode, extra: Pick<Plan, 'order' | 'count'>): { guard: ExprNode; lookup: ExprNode } | null {
  if (filter.type !== 'Filter' || filter.base.type !== 'Everything') return null
  const { parts, type, best } = analyse(filter)
  if (!best?.exact || parts.length !== (type === null ? 1 : 2)) return null
  return stringLookup(register({ type, key: { kind: 'exact-refs' }, ...extra }), best.value)
}

/**
 * The lookup of plan `id` for the string `v` (PREFIX + id + ":=" + v), and its
 * guard: `"=" + v` is defined only when v is a string. `v` is evaluated as in
 * lookupNode.
 */
function stringLookup(id: number, v: ExprNode): { guard: ExprNode; lookup: ExprNode } {
  const asString = concat(value('='), { type: 'Projection', base: value({}), expr: v })
  const ref: ObjectNode = {
    type: 'Object',
    attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: concat(value(`${PLAN_PREFIX}${id}:`), asString) }],
  }
  return { guard: call('defined', [asString]), lookup: { type: 'Deref', base: ref } }
}

/** `select(condition => then, otherwise)`: a planned answer where it is sure to be right, the general one elsewhere. */
const guarded = (condition: ExprNode, then: ExprNode, otherwise: ExprNode): SelectNode => ({
  type: 'Select',
  alternatives: [{ type: 'SelectAlternative', condition, value: then }],
  fallback: otherwise,
})

/**
 * `count(*[_type == "t" && path == v])`, nothing else in the condition: the
 * matches are exactly the documents of type t whose `path` holds v. When v is
 * a string (`"=" + v` is defined only then), the index counts the documents
 * whose path value is that very string, once per dataset and value; any other
 * v counts the planned filter as before. `v` is evaluated as in lookupNode.
 */
function planExactCount(node: FuncCallNode): ExprNode | null {
  const [filter] = node.args
  if (node.namespace !== 'global' || node.name !== 'count' || node.args.length !== 1) return null
  if (!filter || filter.type !== 'Filter' || filter.base.type !== 'Everything') return null
  let counted = exactReferenceLookup(filter, { count: true })
  if (!counted) {
    const { parts, type, best } = analyse(filter)
    if (!best || best.key.kind !== 'attr' || parts.length !== (type === null ? 1 : 2)) return null
    counted = stringLookup(register({ type, key: best.key, count: true }), best.value)
  }
  const rewritten: FilterNode = { ...filter, expr: rewrite(filter.expr) as ExprNode }
  return guarded(counted.guard, counted.lookup, { ...node, args: [planFilter(rewritten)] })
}
