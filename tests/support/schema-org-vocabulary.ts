import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The schema.org vocabulary, read from schema-dts's declarations (generated
 * from schema.org's own definitions): every type with the properties it and
 * its ancestors accept.
 */
export interface Vocabulary {
  hasType(name: string): boolean
  propertiesOf(type: string): Set<string>
}

export function loadVocabulary(): Vocabulary {
  const require = createRequire(import.meta.url)
  const file = path.join(path.dirname(require.resolve('schema-dts/package.json')), 'dist', 'schema.d.ts')
  const source = readFileSync(file, 'utf8')
  const own = new Map<string, { parents: string[]; props: string[] }>()
  const declaration = /^(?:export )?interface (\w+) extends ([^{]+)\{\n([\s\S]*?)^\}/gm
  for (const match of source.matchAll(declaration)) {
    const [, name, extendsList, body] = match as unknown as [string, string, string, string]
    const parents = extendsList
      .split(',')
      .map((p) => p.trim())
      .filter((p) => /^\w+Base$/.test(p))
    const props = [...body.matchAll(/^ {4}"([\w@]+)"\??:/gm)].map((m) => m[1]!)
    own.set(name, { parents, props })
  }
  const cache = new Map<string, Set<string>>()
  const collect = (iface: string): Set<string> => {
    const cached = cache.get(iface)
    if (cached) return cached
    const entry = own.get(iface)
    const props = new Set(entry?.props ?? [])
    for (const parent of entry?.parents ?? []) for (const p of collect(parent)) props.add(p)
    cache.set(iface, props)
    return props
  }
  return {
    hasType: (name) => own.has(`${name}Leaf`),
    propertiesOf: (type) => collect(`${type}Leaf`),
  }
}

/** Every (type, property) pair in a JSON-LD value that the vocabulary does not define. */
export function unknownTerms(value: unknown, vocabulary: Vocabulary, where = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unknownTerms(item, vocabulary, `${where}[${i}]`))
  if (!value || typeof value !== 'object') return []
  const node = value as Record<string, unknown>
  const type = node['@type']
  const problems: string[] = []
  if (typeof type === 'string') {
    if (!vocabulary.hasType(type)) problems.push(`${where}: unknown type ${type}`)
    const allowed = vocabulary.propertiesOf(type)
    for (const key of Object.keys(node)) {
      if (!key.startsWith('@') && !allowed.has(key)) problems.push(`${where}: ${type} has no property "${key}"`)
    }
  }
  for (const [key, child] of Object.entries(node)) problems.push(...unknownTerms(child, vocabulary, `${where}.${key}`))
  return problems
}
