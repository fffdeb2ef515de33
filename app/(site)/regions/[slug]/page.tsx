import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { RegionStructuredData } from '@/components/seo/structured-data'
import { getRegion, getRegionSlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { paths } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await getRegionSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const region = await getRegion(slug)
  if (!region) return {}
  const title = `${region.name} conditions`
  return {
    title,
    description: region.description,
    alternates: { canonical: paths.region(region.slug) },
    openGraph: { type: 'website', url: paths.region(region.slug), title, description: region.description },
    twitter: { card: 'summary', title, description: region.description },
  }
}

export default async function RegionPage({ params }: Props) {
  const { slug } = await params
  const region = await getRegion(slug)
  if (!region) notFound()
  return (
    <>
      <RegionStructuredData region={region} origin={getEnv().siteUrl} />
      <Breadcrumbs items={[{ name: 'Home', href: paths.home() }]} />
      <h1>{region.name} conditions</h1>
      <p className="lede">{region.description}</p>
      {region.articles.length > 0 ? (
        <ArticleList articles={region.articles} headingLevel={2} />
      ) : (
        <p>There are no articles for this body region yet.</p>
      )}
    </>
  )
}
