import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PagedListing } from '@/components/paged-listing'
import { StructuredData } from '@/components/structured-data'
import type { Region } from '@/lib/content/types'
import type { PageSeo } from '@/lib/seo/pages'
import { paths } from '@/lib/site'

/** One page of a body region's article listing, with the trail and JSON-LD its route composed. */
export function RegionView({ region, seo }: { region: Region; seo: PageSeo }) {
  return (
    <>
      <StructuredData items={seo.structuredData} />
      <Breadcrumbs trail={seo.trail} />
      <h1>{region.name} conditions</h1>
      <p className="lede">{region.description}</p>
      {region.articles.length > 0 ? (
        <PagedListing
          at={region}
          shown={region.articles.length}
          total={region.articleCount}
          href={(page) => paths.regionPage(region.slug, page)}
        >
          <ArticleList articles={region.articles} headingLevel={2} />
        </PagedListing>
      ) : (
        <p>There are no articles for this body region yet.</p>
      )}
    </>
  )
}
