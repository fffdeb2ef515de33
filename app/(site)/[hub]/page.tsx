import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EntityIndexView } from '@/components/hubs/entity-index-view'
import { getEntityIndex } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { entityIndexDescription, entityIndexPageSeo } from '@/lib/seo/pages'
import { entityIndexTitle } from '@/lib/seo/page-text'
import { ENTITY_SEGMENTS, ENTITY_TYPES, entityTypeOf } from '@/lib/site'

type Props = { params: Promise<{ hub: string }> }

// Only /causes, /symptoms and /treatments: any other first segment is a 404.
export const dynamicParams = false

export function generateStaticParams() {
  return ENTITY_TYPES.map((type) => ({ hub: ENTITY_SEGMENTS[type] }))
}

async function entityIndex(params: Props['params']) {
  const type = entityTypeOf((await params).hub)
  return type ? getEntityIndex(type) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = await entityIndex(params)
  return index ? entityIndexPageSeo(index, getEnv().siteUrl).metadata : {}
}

export default async function EntityIndexPage({ params }: Props) {
  const index = await entityIndex(params)
  if (!index) notFound()
  return (
    <EntityIndexView
      index={index}
      title={entityIndexTitle(index.type)}
      description={entityIndexDescription(index.type)}
      seo={entityIndexPageSeo(index, getEnv().siteUrl)}
    />
  )
}
