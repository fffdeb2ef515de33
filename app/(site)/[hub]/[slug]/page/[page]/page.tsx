import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HubView } from '@/components/hubs/hub-view'
import { getEntityHub, getEntitySlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { laterPageNumber, laterPages } from '@/lib/pagination'
import { entityHubPageSeo } from '@/lib/seo/pages'
import { ENTITY_SEGMENTS, ENTITY_TYPES, entityTypeOf } from '@/lib/site'

type Props = { params: Promise<{ hub: string; slug: string; page: string }> }

// A hub that grows past a page after the build gets its later pages on first request.
export const dynamicParams = true

/** Pages 2 onwards of each hub's listing; page 1 is the hub itself. */
export async function generateStaticParams() {
  const perType = await Promise.all(
    ENTITY_TYPES.map(async (type) =>
      (await getEntitySlugs(type)).flatMap((entity) =>
        laterPages(entity.articleCount).map((page) => ({ hub: ENTITY_SEGMENTS[type], slug: entity.slug, page: String(page) })),
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
