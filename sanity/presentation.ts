import { defineDocuments, defineLocations, presentationTool, type DocumentLocationResolvers } from 'sanity/presentation'
import { ENTITY_TYPES, paths } from '../lib/site'
import { articleMainDocumentFilter, entityMainDocumentFilter, regionMainDocumentFilter } from './queries'

/**
 * The Presentation tool: the real site beside the document form, in draft
 * mode. `/api/draft-mode/enable` checks the secret the tool writes and turns
 * draft mode on; `resolve` maps documents to the pages that show them (the
 * "Used on" list) and pages back to the document they are about, so an
 * article opens /articles/<slug> and a symptom its hub. The site and the
 * Studio share an origin (/studio), so the preview URL is the Studio's own
 * origin unless a standalone Studio names the site (`previewOrigin`).
 */

type Selected = Record<string, string | undefined> | null
const named = { name: 'name', title: 'title', slug: 'slug.current' }
/** The page a document with a slug has (its title in the "Used on" list), or none while it has no slug. */
const page = (doc: Selected, href: (slug: string) => string) =>
  doc?.slug ? [{ title: doc.title ?? doc.name ?? doc.slug, href: href(doc.slug) }] : []
const pages = (locations: { title: string; href: string }[]) => (locations.length ? { locations } : null)

const locations: DocumentLocationResolvers = {
  // An article is on its own page and listed on its region's.
  article: defineLocations({
    select: { ...named, regionName: 'region->name', regionSlug: 'region->slug.current' },
    resolve: (doc: Selected) =>
      pages([...page(doc, paths.article), ...page(doc && { name: doc.regionName, slug: doc.regionSlug }, paths.region)]),
  }),
  bodyRegion: defineLocations({ select: named, resolve: (doc: Selected) => pages(page(doc, paths.region)) }),
  ...Object.fromEntries(
    ENTITY_TYPES.map((type) => [
      type,
      defineLocations({ select: named, resolve: (doc: Selected) => pages(page(doc, (slug) => paths.entity(type, slug))) }),
    ]),
  ),
}

const mainDocuments = defineDocuments([
  { route: paths.article(':slug'), filter: articleMainDocumentFilter },
  { route: paths.region(':slug'), filter: regionMainDocumentFilter },
  ...ENTITY_TYPES.map((type) => ({ route: paths.entity(type, ':slug'), filter: entityMainDocumentFilter, params: { type } })),
])

export function previewTool(previewOrigin?: string) {
  return presentationTool({
    previewUrl: {
      ...(previewOrigin ? { initial: previewOrigin } : {}),
      previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
    },
    resolve: { locations, mainDocuments },
  })
}
