import type { EntityMention } from '@/lib/content/types'
import { h, type HtmlElement } from '@/lib/html/render'

/**
 * Shared entities with this article's words about each: "Name: detail", the name linking to its hub.
 * Plain links, as part of the section's HTML string: they were never prefetched (docs/architecture.md, "Prefetch"),
 * and a click loads the hub page.
 */
export function mentionList(items: EntityMention[], ordered = false): HtmlElement {
  return h(
    ordered ? 'ol' : 'ul',
    { className: 'mention-list' },
    items.map((item) =>
      h('li', null, h('strong', { className: 'mention-list__name' }, h('a', { href: item.href }, item.name), ':'), ' ', item.detail),
    ),
  )
}
