import type { Metadata } from 'next'
import type { Article, EntityHub, EntityIndex, EntityType, ListingPage, Region } from '../content/types'
import { paths, SITE_DESCRIPTION, SITE_NAME } from '../site'
import { articleSearchText, ENTITY_LABELS, entityHubTitle, entityIndexTitle, regionPageTitle } from './page-text'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  entityHubJsonLd,
  entityIndexJsonLd,
  entityJsonLd,
  organizationJsonLd,
  regionJsonLd,
  websiteJsonLd,
  type Crumb,
} from './structured-data'

/**
 * One composer per page type: its metadata, its breadcrumb trail and its
 * structured data, built once here. The trail (Home first, the page itself
 * last) feeds both the visible breadcrumbs and the BreadcrumbList, so they
 * cannot disagree.
 */
export interface PageSeo {
  metadata: Metadata
  /** Home first, this page last; empty on the home page. */
  trail: Crumb[]
  /** JSON-LD nodes, in the order the page writes them. */
  structuredData: object[]
}

const HOME: Crumb = { name: 'Home', href: paths.home() }
const HOME_TITLE = `${SITE_NAME}: muscle, joint and back pain explained`

export function homePageSeo(origin: string): PageSeo {
  return {
    metadata: {
      title: { absolute: HOME_TITLE },
      description: SITE_DESCRIPTION,
      alternates: { canonical: paths.home() },
      openGraph: { type: 'website', url: paths.home(), title: HOME_TITLE, description: SITE_DESCRIPTION },
      twitter: { card: 'summary', title: HOME_TITLE, description: SITE_DESCRIPTION },
    },
    trail: [],
    structuredData: [websiteJsonLd(origin), organizationJsonLd(origin)],
  }
}

export function articlePageSeo(article: Article, origin: string): PageSeo {
  const { title, description } = articleSearchText(article)
  const url = paths.article(article.slug)
  const trail = [
    HOME,
    { name: article.region.name, href: paths.region(article.region.slug) },
    { name: article.title, href: url },
  ]
  return {
    metadata: {
      title,
      description,
      alternates: { canonical: url },
      robots: article.seo.noIndex ? { index: false, follow: true } : undefined,
      openGraph: {
        type: 'article',
        url,
        title,
        description,
        siteName: SITE_NAME,
        publishedTime: article.publishedAt,
        modifiedTime: article.updatedAt,
        section: article.region.name,
      },
      twitter: { card: 'summary_large_image', title, description },
    },
    trail,
    structuredData: [articleJsonLd(article, origin), breadcrumbJsonLd(trail, origin)],
  }
}

/** A site-section page's metadata: its own title, description and canonical URL, shared by Open Graph and Twitter. */
function sectionMetadata(title: string, description: string, url: string): Metadata {
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description },
    twitter: { card: 'summary', title, description },
  }
}

/**
 * Any page of a paged listing (a region, an entity hub). Every page is
 * canonical to itself, so search engines index the articles listed past page
 * 1; every page's trail ends at the listing itself (page 1).
 */
function listingPageSeo(
  listing: { title: string; description: string; path: (page: number) => string; trail: Crumb[]; at: ListingPage },
  structuredData: object[],
  origin: string,
): PageSeo {
  return {
    metadata: sectionMetadata(listing.title, listing.description, listing.path(listing.at.page)),
    trail: listing.trail,
    structuredData: [...structuredData, breadcrumbJsonLd(listing.trail, origin)],
  }
}

export function regionPageSeo(region: Region, origin: string): PageSeo {
  return listingPageSeo(
    {
      title: regionPageTitle(region),
      description: region.description,
      path: (page) => paths.regionPage(region.slug, page),
      trail: [HOME, { name: `${region.name} conditions`, href: paths.region(region.slug) }],
      at: region,
    },
    [regionJsonLd(region, origin)],
    origin,
  )
}

const indexCrumb = (type: EntityType): Crumb => ({ name: ENTITY_LABELS[type].plural, href: paths.entityIndex(type) })

/** An entity's hub: Home → Symptoms → the entity; the entity node, its listing and the BreadcrumbList. */
export function entityHubPageSeo(hub: EntityHub, origin: string): PageSeo {
  return listingPageSeo(
    {
      title: entityHubTitle(hub),
      description: hub.summary,
      path: (page) => paths.entityPage(hub.type, hub.slug, page),
      trail: [HOME, indexCrumb(hub.type), { name: hub.name, href: paths.entity(hub.type, hub.slug) }],
      at: hub,
    },
    [entityJsonLd(hub, origin), entityHubJsonLd(hub, origin)],
    origin,
  )
}

/** The A–Z index's description: "Every symptom our articles describe, A to Z, …". */
export const entityIndexDescription = (type: EntityType) =>
  `Every ${ENTITY_LABELS[type].singular} our articles describe, A to Z, with the conditions that list each one.`

/** An A–Z index: Home → Symptoms; a CollectionPage of its hubs and the BreadcrumbList. */
export function entityIndexPageSeo(index: EntityIndex, origin: string): PageSeo {
  const trail = [HOME, indexCrumb(index.type)]
  const description = entityIndexDescription(index.type)
  return {
    metadata: sectionMetadata(entityIndexTitle(index.type), description, paths.entityIndex(index.type)),
    trail,
    structuredData: [entityIndexJsonLd(index, description, origin), breadcrumbJsonLd(trail, origin)],
  }
}
