import type {
  BreadcrumbList,
  CollectionPage,
  CreativeWork,
  IdReference,
  LifestyleModification,
  MedicalCause,
  MedicalCondition,
  MedicalSymptom,
  MedicalTherapy,
  MedicalWebPage,
  Organization,
  Person,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts'
import type {
  Article,
  Citation,
  Entity,
  EntityHub,
  EntityIndex,
  PersonCredit,
  Region,
  TreatmentKind,
} from '../content/types'
import { formatWeeks, isoDay } from '../dates'
import { absoluteUrl as absolute, paths, SITE_DESCRIPTION, SITE_LOCALE, SITE_NAME } from '../site'
import { articleSearchText, entityHubTitle, entityIndexTitle, regionPageTitle } from './page-text'

/**
 * All of the site's JSON-LD: schema.org structured data built from the same
 * app types the page renders, so what search engines read cannot drift from
 * what readers see, and its serialisation for an inline script. Which page
 * carries which node is decided in ./pages.ts; components/structured-data.tsx
 * only writes the script elements.
 */

/** A crumb of a page's trail: its name and site path. */
export interface Crumb {
  name: string
  href: string
}

/**
 * Serialises structured data for an inline <script type="application/ld+json">.
 * Every "<", ">" and "&" becomes a JSON unicode escape, so no content (a title
 * holding "</script>" or "<!--") can end the element or change how the HTML
 * parser reads it. So does every character beyond ASCII (U+2028/U+2029, which
 * older JavaScript parsers took for line ends, among them): one character
 * beyond Latin-1 makes V8 hold the whole prerendered page as a two-byte string,
 * which `next start` writes about half as fast (lib/html/render.ts). JSON.parse
 * reads every escape back as the character it stands for.
 * next-seo's JsonLdScript escapes only "</script" and comment markers, which
 * is why the site renders its own script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

const ids = {
  website: (origin: string) => `${origin}/#website`,
  organization: (origin: string) => `${origin}/#organization`,
}

/** Treatments done at home are lifestyle changes; physical therapy has its own type. */
function therapyType(kind: TreatmentKind, slug: string): 'MedicalTherapy' | 'PhysicalTherapy' | 'LifestyleModification' {
  if (kind === 'home') return 'LifestyleModification'
  return slug === 'physical-therapy' ? 'PhysicalTherapy' : 'MedicalTherapy'
}

function person(credit: PersonCredit): Person {
  return {
    '@type': 'Person',
    name: credit.name,
    ...(credit.credentials ? { honorificSuffix: credit.credentials } : {}),
  }
}

function citation(source: Citation): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.authors ? { author: { '@type': 'Person', name: source.authors } } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.year ? { datePublished: String(source.year) } : {}),
  }
}

function prognosis(article: Article): string {
  return `Most people improve significantly within ${formatWeeks(article.recovery.minWeeks, article.recovery.maxWeeks)}.`
}

function condition(article: Article): MedicalCondition {
  const symptoms = [...article.symptoms.common, ...article.symptoms.lessCommon]
  return {
    '@type': 'MedicalCondition',
    name: article.conditionName,
    associatedAnatomy: { '@type': 'AnatomicalStructure', name: article.region.name },
    // Names only: the article-specific detail is on the page already, and every
    // byte here is sent twice (in the HTML and in the inline RSC payload).
    cause: article.causes.items.map((c) => ({ '@type': 'MedicalCause', name: c.name })),
    signOrSymptom: symptoms.map((s) => ({ '@type': 'MedicalSymptom', name: s.name })),
    possibleTreatment: article.treatments.groups.flatMap((group) =>
      group.items.map((t) => ({ '@type': therapyType(group.kind, t.slug), name: t.name })),
    ),
    expectedPrognosis: prognosis(article),
  }
}

/** What every page node shares: its identity, language and the site it is part of. */
function pageIdentity(origin: string, path: string, name: string, description: string) {
  const url = absolute(origin, path)
  return { '@id': url, url, name, description, inLanguage: SITE_LOCALE, isPartOf: { '@id': ids.website(origin) } }
}

export function articleJsonLd(article: Article, origin: string): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...pageIdentity(origin, paths.article(article.slug), article.title, articleSearchText(article).description),
    headline: article.title,
    publisher: { '@id': ids.organization(origin) },
    about: condition(article),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    author: person(article.author),
    reviewedBy: person(article.reviewedBy),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    lastReviewed: isoDay(article.lastReviewed),
    citation: article.sources.map(citation),
  }
}

/** The trail to a page, the page itself last, as absolute URLs. */
export function breadcrumbJsonLd(trail: Crumb[], origin: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absolute(origin, crumb.href),
    })),
  }
}

export function websiteJsonLd(origin: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': ids.website(origin),
    url: absolute(origin, paths.home()),
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    inLanguage: SITE_LOCALE,
    publisher: { '@id': ids.organization(origin) },
  }
}

export function organizationJsonLd(origin: string): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': ids.organization(origin),
    name: SITE_NAME,
    url: absolute(origin, paths.home()),
  }
}

/** What a listing page lists: its items (this page's), where they start and how many there are in all. */
interface Listing {
  path: string
  name: string
  description: string
  about?: Thing | IdReference
  items: { path: string; name: string }[]
  total: number
  firstPosition: number
}

/** One page of a listing: the ItemList counts every item and places this page's within it. */
function collectionJsonLd(listing: Listing, origin: string): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    ...pageIdentity(origin, listing.path, listing.name, listing.description),
    ...(listing.about ? { about: listing.about } : {}),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: listing.total,
      itemListElement: listing.items.map((item, index) => ({
        '@type': 'ListItem',
        position: listing.firstPosition + index,
        url: absolute(origin, item.path),
        name: item.name,
      })),
    },
  }
}

/** One page of a region's listing. */
export function regionJsonLd(region: Region, origin: string): WithContext<CollectionPage> {
  return collectionJsonLd(
    {
      path: paths.regionPage(region.slug, region.page),
      name: regionPageTitle(region),
      description: region.description,
      about: { '@type': 'AnatomicalStructure', name: region.name },
      items: region.articles.map((a) => ({ path: paths.article(a.slug), name: a.title })),
      total: region.articleCount,
      firstPosition: region.firstPosition,
    },
    origin,
  )
}

type EntityNode = MedicalSymptom | MedicalCause | MedicalTherapy | LifestyleModification

/** The entity itself, identified by its hub's URL: the node every page of the hub is about. */
export function entityJsonLd(entity: Entity, origin: string): WithContext<EntityNode> {
  const url = absolute(origin, paths.entity(entity.type, entity.slug))
  const identity = { '@id': `${url}#${entity.type}`, url, name: entity.name, description: entity.summary }
  const context = 'https://schema.org' as const
  switch (entity.type) {
    case 'symptom':
      return { '@context': context, '@type': 'MedicalSymptom', ...identity }
    case 'cause':
      return { '@context': context, '@type': 'MedicalCause', ...identity }
    case 'treatment':
      // Kinds map as on the article: home remedies are lifestyle changes, physical therapy has its own type.
      return { '@context': context, '@type': therapyType(entity.kind ?? 'conventional', entity.slug), ...identity }
  }
}

/** One page of an entity's hub: the articles that mention it, about the entity node. */
export function entityHubJsonLd(hub: EntityHub, origin: string): WithContext<CollectionPage> {
  const url = absolute(origin, paths.entity(hub.type, hub.slug))
  return collectionJsonLd(
    {
      path: paths.entityPage(hub.type, hub.slug, hub.page),
      name: entityHubTitle(hub),
      description: hub.summary,
      about: { '@id': `${url}#${hub.type}` },
      items: hub.articles.map((a) => ({ path: paths.article(a.slug), name: a.title })),
      total: hub.articleCount,
      firstPosition: hub.firstPosition,
    },
    origin,
  )
}

/** An A–Z index: every entity of its type that has a hub, in the order the page lists them. */
export function entityIndexJsonLd(index: EntityIndex, description: string, origin: string): WithContext<CollectionPage> {
  const hubs = index.groups.flatMap((g) => g.entries).filter((e) => e.articleCount > 0)
  return collectionJsonLd(
    {
      path: paths.entityIndex(index.type),
      name: entityIndexTitle(index.type),
      description,
      items: hubs.map((e) => ({ path: paths.entity(index.type, e.slug), name: e.name })),
      total: hubs.length,
      firstPosition: 1,
    },
    origin,
  )
}
