import Link from 'next/link'
import type { EntityMention } from '@/lib/content/types'

// Lists of links are not prefetched as they scroll into view: each prefetch is two requests and main-thread
// work during load (Lighthouse's blocking time); a reader's click fetches the one page it needs.
/** Shared entities with this article's words about each: "Name: detail", the name linking to its hub. */
export function MentionList({ items, ordered = false }: { items: EntityMention[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="mention-list">
      {items.map((item) => (
        <li key={item.key}>
          <strong className="mention-list__name">
            <Link href={item.href} prefetch={false}>{item.name}</Link>:
          </strong>{' '}
          {item.detail}
        </li>
      ))}
    </List>
  )
}
