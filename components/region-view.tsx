import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Pagination } from '@/components/pagination'
import { StructuredData } from '@/components/structured-data'
import type { Region } from '@/lib/content/types'
import type { PageSeo } from '@/lib/seo/pages'
import { paths } from '@/lib/site'

/** One page of a body region's article listing, with the trail and JSON-LD its route composed. */
export function RegionView({ region, seo }: { region: Region; seo: PageSeo }) {
  const last = region.firstPosition + region.articles.length - 1
  return (
    <>
      <StructuredData items={seo.structuredData} />
      <Breadcrumbs trail={seo.trail} />
      <h1>{region.name} conditions</h1>
      <p className="lede">{region.description}</p>
      {region.articles.length > 0 ? (
        <>
          {region.pageCount > 1 ? (
            <p className="listing-status">
              Articles {region.firstPosition} to {last} of {region.articleCount}, page {region.page} of{' '}
              {region.pageCount}
            </p>
          ) : null}
          <ArticleList articles={region.articles} headingLevel={2} />
          <Pagination
            page={region.page}
            pageCount={region.pageCount}
            href={(page) => paths.regionPage(region.slug, page)}
          />
        </>
      ) : (
        <p>There are no articles for this body region yet.</p>
      )}
    </>
  )
}
