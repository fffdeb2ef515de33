import type { Article, Region } from '@/lib/content/types'
import { paths } from '@/lib/site'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  organizationJsonLd,
  regionJsonLd,
  websiteJsonLd,
} from '@/lib/seo/structured-data'
import type { Crumb } from '@/components/breadcrumbs'
import { JsonLd } from './json-ld'

/** A page's own structured data and its breadcrumb trail, which always starts at Home. */
function PageStructuredData({ data, trail, origin }: { data: object; trail: Crumb[]; origin: string }) {
  return (
    <>
      <JsonLd data={data} />
      <JsonLd data={breadcrumbJsonLd([{ name: 'Home', href: paths.home() }, ...trail], origin)} />
    </>
  )
}

export function ArticleStructuredData({ article, origin }: { article: Article; origin: string }) {
  return (
    <PageStructuredData
      data={articleJsonLd(article, origin)}
      trail={[
        { name: article.region.name, href: paths.region(article.region.slug) },
        { name: article.title, href: paths.article(article.slug) },
      ]}
      origin={origin}
    />
  )
}

export function RegionStructuredData({ region, origin }: { region: Region; origin: string }) {
  return (
    <PageStructuredData
      data={regionJsonLd(region, origin)}
      trail={[{ name: `${region.name} conditions`, href: paths.region(region.slug) }]}
      origin={origin}
    />
  )
}

export function SiteStructuredData({ origin }: { origin: string }) {
  return (
    <>
      <JsonLd data={websiteJsonLd(origin)} />
      <JsonLd data={organizationJsonLd(origin)} />
    </>
  )
}
