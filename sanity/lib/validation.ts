import type { ReferenceRule, SlugRule } from 'sanity'

/**
 * Shared validation rules for the Studio schema. Messages are written for
 * editors: they name the field in plain words and say how to fix it.
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugRule(rule: SlugRule, what: string) {
  return rule.required().error(`Generate a URL slug for this ${what}.`).custom((slug) => {
    if (!slug?.current) return true
    return SLUG_PATTERN.test(slug.current)
      ? true
      : 'URL slug: use lowercase letters, numbers and single hyphens only (for example "hip-pain").'
  })
}

interface KeyedReference {
  _key?: string
  _ref?: string
}

function refOf(item: unknown, field?: string): string | undefined {
  if (!item || typeof item !== 'object') return undefined
  const holder = field ? (item as Record<string, unknown>)[field] : item
  return (holder as KeyedReference | undefined)?._ref
}

/**
 * Fails when the same referenced document appears twice in one array, naming
 * the field and pointing the editor at the duplicate entry.
 */
export function noDuplicateReferences(fieldLabel: string, refField?: string) {
  return (items: unknown[] | undefined) => {
    if (!items) return true
    const seen = new Set<string>()
    for (const item of items) {
      const ref = refOf(item, refField)
      if (!ref) continue
      if (seen.has(ref)) {
        const key = (item as KeyedReference)._key
        return {
          message: `${fieldLabel}: the same entry is listed twice. Remove the duplicate or merge their text.`,
          ...(key ? { path: [{ _key: key }] } : {}),
        }
      }
      seen.add(ref)
    }
    return true
  }
}

/** Requires a reference field inside an array entry, with a message naming it. */
export function requiredReference(rule: ReferenceRule, what: string) {
  return rule.required().error(`Choose the ${what} this entry refers to.`)
}
