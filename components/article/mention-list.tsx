import Link from 'next/link'
import type { EntityMention } from '@/lib/content/types'

// prefetch={false}: long lists of links are not prefetched as they scroll into view (docs/architecture.md, "Prefetch").
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
