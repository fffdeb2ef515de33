import type { Article, Region } from '@/lib/content/types'
import { paths } from '@/lib/site'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  organizationJsonLd,
  regionJsonLd,
  websiteJsonLd,
} from '@/lib/seo/structured-data'
import { JsonLd } from './json-ld'

export function ArticleStructuredData({ article, origin }: { article: Article; origin: string }) {
  return (
    <>
      <JsonLd data={articleJsonLd(article, origin)} />
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: 'Home', href: paths.home() },
            { name: article.region.name, href: paths.region(article.region.slug) },
            { name: article.title, href: paths.article(article.slug) },
          ],
          origin,
        )}
      />
    </>
  )
}

export function RegionStructuredData({ region, origin }: { region: Region; origin: string }) {
  return (
    <>
      <JsonLd data={regionJsonLd(region, origin)} />
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: 'Home', href: paths.home() },
            { name: `${region.name} conditions`, href: paths.region(region.slug) },
          ],
          origin,
        )}
      />
    </>
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
