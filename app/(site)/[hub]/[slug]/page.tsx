import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HubView } from '@/components/hubs/hub-view'
import { getEntityHub, getEntitySlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { editTarget } from '@/lib/preview/edit-target'
import { entityHubPageSeo } from '@/lib/seo/pages'
import { ENTITY_SEGMENTS, ENTITY_TYPES, entityTypeOf } from '@/lib/site'

type Props = { params: Promise<{ hub: string; slug: string }> }

// Every hub is generated at build time; one that an entity gains later (its first article, or a
// new slug) is rendered on its first request. An unknown entity, or one no article mentions, is a 404.
export const dynamicParams = true

export async function generateStaticParams() {
  const perType = await Promise.all(
    ENTITY_TYPES.map(async (type) =>
      (await getEntitySlugs(type))
        .filter((entity) => entity.articleCount > 0)
        .map((entity) => ({ hub: ENTITY_SEGMENTS[type], slug: entity.slug })),
    ),
  )
  return perType.flat()
}

async function hubPage(params: Props['params']) {
  const { hub, slug } = await params
  const type = entityTypeOf(hub)
  const entityHub = type ? await getEntityHub(type, slug, 1) : null
  return entityHub && entityHub.articleCount > 0 ? entityHub : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const hub = await hubPage(params)
  return hub ? entityHubPageSeo(hub, getEnv().siteUrl).metadata : {}
}

export default async function EntityHubPage({ params }: Props) {
  const hub = await hubPage(params)
  if (!hub) notFound()
  const edit = await editTarget({ id: hub.id, type: hub.type })
  return <HubView hub={hub} seo={entityHubPageSeo(hub, getEnv().siteUrl)} edit={edit} />
}
