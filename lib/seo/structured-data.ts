import type {
  BreadcrumbList,
  CollectionPage,
  CreativeWork,
  MedicalCondition,
  MedicalWebPage,
  Organization,
  Person,
  WebSite,
  WithContext,
} from 'schema-dts'
import type { Article, Citation, PersonCredit, Region, TreatmentKind } from '../content/types'
import { formatWeeks, isoDay } from '../dates'
import { absoluteUrl as absolute, paths, SITE_DESCRIPTION, SITE_LOCALE, SITE_NAME } from '../site'
import { articleSearchText, regionPageTitle } from './page-text'

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
 * parser reads it; U+2028/U+2029 are escaped for older JavaScript parsers.
 * next-seo's JsonLdScript escapes only "</script" and comment markers, which
 * is why the site renders its own script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
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

/** One page of a region's listing: the ItemList counts every article and places this page's within it. */
export function regionJsonLd(region: Region, origin: string): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    ...pageIdentity(origin, paths.regionPage(region.slug, region.page), regionPageTitle(region), region.description),
    about: { '@type': 'AnatomicalStructure', name: region.name },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: region.articleCount,
      itemListElement: region.articles.map((article, index) => ({
        '@type': 'ListItem',
        position: region.firstPosition + index,
        url: absolute(origin, paths.article(article.slug)),
        name: article.title,
      })),
    },
  }
}
