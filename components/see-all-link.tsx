import Link from 'next/link'
import type { RegionLink } from '@/lib/content/types'
import { paths } from '@/lib/site'

/** "See all 13 Hip and Pelvis articles", linking to the region's listing. */
export function SeeAllLink({ region, count }: { region: Pick<RegionLink, 'name' | 'slug'>; count: number }) {
  return (
    <p>
      <Link href={paths.region(region.slug)}>
        See all {count} {region.name} articles
      </Link>
    </p>
  )
}
