import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HubView } from '@/components/hubs/hub-view'
import { getEntityHub, getEntitySlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { laterPageNumber } from '@/lib/pagination'
import { prerenderedLaterPages } from '@/lib/prerender'
import { entityHubPageSeo } from '@/lib/seo/pages'
import { ENTITY_SEGMENTS, ENTITY_TYPES, entityTypeOf } from '@/lib/site'

type Props = { params: Promise<{ hub: string; slug: string; page: string }> }

// Pages the build leaves out (PRERENDER_LISTING_PAGES), or that a hub gains later, render on first request.
export const dynamicParams = true

/** Pages 2 onwards of each hub's listing, as many as the prerender policy says; page 1 is the hub itself. */
export async function generateStaticParams() {
  const perType = await Promise.all(
    ENTITY_TYPES.map(async (type) =>
      (await getEntitySlugs(type)).flatMap((entity) =>
        prerenderedLaterPages(entity.articleCount).map((page) => ({ hub: ENTITY_SEGMENTS[type], slug: entity.slug, page: String(page) })),
      ),
    ),
  )
  return perType.flat()
}

async function hubPage(params: Props['params']) {
  const { hub, slug, page } = await params
  const type = entityTypeOf(hub)
  const number = laterPageNumber(page)
  return type && number ? getEntityHub(type, slug, number) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const hub = await hubPage(params)
  return hub ? entityHubPageSeo(hub, getEnv().siteUrl).metadata : {}
}

export default async function EntityHubListingPage({ params }: Props) {
  const hub = await hubPage(params)
  if (!hub) notFound()
  return <HubView hub={hub} seo={entityHubPageSeo(hub, getEnv().siteUrl)} />
}
