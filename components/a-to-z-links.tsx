import Link from 'next/link'
import { entityIndexTitle } from '@/lib/seo/page-text'
import { ENTITY_TYPES, paths } from '@/lib/site'

// Lists of links are not prefetched as they scroll into view: each prefetch is two requests and main-thread
// work during load (Lighthouse's blocking time); a reader's click fetches the one page it needs.
/** Links to the three A–Z indexes (symptoms, causes, treatments), in the footer and on the 404 page. */
export function AToZLinks({ className }: { className?: string }) {
  const order = ['symptom', 'cause', 'treatment'] as const satisfies typeof ENTITY_TYPES
  return (
    <ul className={className}>
      {order.map((type) => (
        <li key={type}>
          <Link href={paths.entityIndex(type)} prefetch={false}>{entityIndexTitle(type)}</Link>
        </li>
      ))}
    </ul>
  )
}
