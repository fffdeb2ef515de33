import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RegionView } from '@/components/region-view'
import { getRegion, getRegionSlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { regionPageSeo } from '@/lib/seo/pages'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await getRegionSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await getRegion((await params).slug, 1)
  return region ? regionPageSeo(region, getEnv().siteUrl).metadata : {}
}

export default async function RegionPage({ params }: Props) {
  const region = await getRegion((await params).slug, 1)
  if (!region) notFound()
  return <RegionView region={region} seo={regionPageSeo(region, getEnv().siteUrl)} />
}
