import type { EntityMention } from '@/lib/content/types'

/** Shared entities with this article's words about each: "Name: detail". */
export function MentionList({ items, ordered = false }: { items: EntityMention[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className="mention-list">
      {items.map((item) => (
        <li key={item.key}>
          <strong className="mention-list__name">{item.name}:</strong> {item.detail}
        </li>
      ))}
    </List>
  )
}
