import type { Metadata } from 'next'
import type { Article, Region } from '../content/types'
import { paths, SITE_DESCRIPTION, SITE_NAME } from '../site'
import { articleSearchText, regionPageTitle } from './page-text'
import {
  articleJsonLd,
  breadcrumbJsonLd,
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

/** Every page of a listing is canonical to itself, so search engines index the articles listed past page 1. */
export function regionPageSeo(region: Region, origin: string): PageSeo {
  const title = regionPageTitle(region)
  const url = paths.regionPage(region.slug, region.page)
  // Every page of the listing sits under the region itself.
  const trail = [HOME, { name: `${region.name} conditions`, href: paths.region(region.slug) }]
  return {
    metadata: {
      title,
      description: region.description,
      alternates: { canonical: url },
      openGraph: { type: 'website', url, title, description: region.description },
      twitter: { card: 'summary', title, description: region.description },
    },
    trail,
    structuredData: [regionJsonLd(region, origin), breadcrumbJsonLd(trail, origin)],
  }
}
