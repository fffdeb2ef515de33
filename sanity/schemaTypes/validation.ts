import type {
  ReferenceFilterResolverContext,
  ReferenceRule,
  ReferenceValue,
  SlugRule,
  SlugValue,
  UrlRule,
  ValidationContext,
} from 'sanity'
import { LINK_SCHEMES, urlPolicyCheck, type UrlPolicy } from '../../lib/safe-url'
import { SANITY_API_VERSION } from '../api-version'

/**
 * Shared validation rules for the Studio schema. Messages are written for
 * editors: they name the field in plain words and say how to fix it.
 *
 * Note: in Sanity `.error(message)` replaces the message of every rule in its
 * chain, custom ones included, so each custom check is a separate rule; a
 * bare `.error()` raises a custom rule's level without touching its message
 * (slug rules otherwise report only a warning).
 */

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

function publishedId(id: string): string {
  return id.replace(/^(drafts\.|versions\.[^.]+\.)/, '')
}

/**
 * Slug options for every slug field. The built-in uniqueness check only warns;
 * ours (in slugRule) blocks publishing, so the built-in one is switched off.
 */
export function slugOptions(source: string) {
  return { source, maxLength: 96, isUnique: () => true }
}

export function slugRule(rule: SlugRule, what: string) {
  return [
    rule.required().error(`URL slug: generate a slug for this ${what}.`),
    rule.custom((slug: SlugValue | undefined) => {
      if (!slug?.current) return true
      return SLUG_PATTERN.test(slug.current)
        ? true
        : 'URL slug: use lowercase letters, numbers and single hyphens only (for example "hip-pain").'
    }).error(),
    rule.custom(async (slug: SlugValue | undefined, context) => {
      if (!slug?.current || !context.document) return true
      const taken = await context
        .getClient({ apiVersion: SANITY_API_VERSION })
        .fetch<boolean>(
          'defined(*[_type == $type && !sanity::versionOf($published) && slug.current == $slug][0]._id)',
          { type: context.document._type, published: publishedId(context.document._id), slug: slug.current },
        )
      return taken ? `URL slug: another ${what} already uses "${slug.current}". Choose a different slug.` : true
    }).error(),
  ]
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

/**
 * A URL field's rules: Sanity's own URI check (it shapes the input) and the
 * site's URL policy (lib/safe-url.ts), the same one the renderer applies, so
 * an address the site would show as plain text cannot be published. Separate
 * rules, so each keeps its own message.
 */
export function urlRules(rule: UrlRule, fieldLabel: string, policy: UrlPolicy) {
  const { schemes = LINK_SCHEMES, allowRelative = true } = policy
  return [
    rule
      .uri({ scheme: [...schemes], allowRelative })
      .error(`${fieldLabel}: enter a complete web address, for example https://www.nhs.uk/conditions/.`),
    rule.custom(urlPolicyCheck(fieldLabel, policy)).error(),
  ]
}

/** The source documents an article lists under "Sources & review" (published ids, as references hold). */
function listedSources(document: unknown): string[] {
  const sources = (document as { sources?: unknown[] } | undefined)?.sources
  return (sources ?? []).map((item) => refOf(item)).filter((ref): ref is string => !!ref)
}

/**
 * A citation in an article's text must point at one of the article's own
 * sources, since its [n] is that source's place in the list. Checked against
 * the whole document, so removing a source from the list flags every citation
 * of it.
 */
export function mustBeOneOfTheArticleSources(value: ReferenceValue | undefined, context: ValidationContext) {
  if (!value?._ref || !context.document) return true
  return listedSources(context.document).includes(value._ref)
    ? true
    : 'Citation: this source is not in the article\'s "Sources" list. Add it there, or cite one of the listed sources.'
}

/** The citation picker offers only the article's listed sources. */
export function citedSourceFilter({ document }: ReferenceFilterResolverContext) {
  return { filter: '_id in $ids', params: { ids: listedSources(document) } }
}
