import Link from 'next/link'
import { entityIndexTitle } from '@/lib/seo/page-text'
import { ENTITY_TYPES, paths } from '@/lib/site'

// prefetch={false}: long lists of links are not prefetched as they scroll into view (docs/architecture.md, "Prefetch").
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
