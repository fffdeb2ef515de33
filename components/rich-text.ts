import {
  buildMarksTree,
  isPortableTextBlock,
  isPortableTextToolkitList,
  isPortableTextToolkitSpan,
  isPortableTextToolkitTextNode,
  LIST_NEST_MODE_HTML,
  nestLists,
  type ToolkitNestedPortableTextSpan,
} from '@portabletext/toolkit'
import { sourceAnchor } from '@/components/article/source-list'
import type { CitationMark, RichText as RichTextValue } from '@/lib/content/types'
import { h, type HtmlNode } from '@/lib/html/render'
import { safeLink } from '@/lib/safe-url'

/**
 * Portable Text as an HTML tree, with the markup @portabletext/react writes
 * for what the schema allows (sanity/schemaTypes/objects/block-content.ts):
 * paragraphs, bulleted and numbered lists (nested inside their items), strong,
 * emphasis, a line break for "\n", links and citations. Block types and marks
 * the schema cannot produce render their words only.
 */

/** Any node nestLists() and buildMarksTree() hand back: a block, a list, a span, text, or another typed object. */
type Node = Parameters<typeof isPortableTextBlock>[0]

function mark(span: ToolkitNestedPortableTextSpan, children: HtmlNode): HtmlNode {
  switch (span.markType) {
    case 'strong':
      return h('strong', null, children)
    case 'em':
      return h('em', null, children)
    // An address the URL policy refuses keeps its words as plain text: the
    // reader loses a link, never meets a script (lib/safe-url.ts).
    case 'link': {
      const link = safeLink((span.markDef as { href?: unknown } | undefined)?.href)
      if (!link) return children
      return h('a', { href: link.href, ...(link.external ? { rel: 'noopener noreferrer' } : {}) }, children)
    }
    // The cited words, then [n] linking to the numbered source. Screen readers hear "Source n"
    // rather than "left bracket n"; an unnumbered citation (its source is not listed) is just words.
    case 'citation': {
      const citation = span.markDef as CitationMark | undefined
      if (!citation?.number) return children
      return [
        children,
        h(
          'sup',
          { className: 'citation' },
          h('a', { href: `#${sourceAnchor(citation.number)}`, id: citation.id, 'aria-label': `Source ${citation.number}` }, `[${citation.number}]`),
        ),
      ]
    }
    default:
      return children
  }
}

function node(value: Node): HtmlNode {
  if (isPortableTextToolkitList(value)) {
    return h(value.listItem === 'number' ? 'ol' : 'ul', null, value.children.map((item) => h('li', null, inline(item))))
  }
  if (isPortableTextToolkitSpan(value as ToolkitNestedPortableTextSpan)) {
    const span = value as ToolkitNestedPortableTextSpan
    return mark(span, span.children.map((child) => node(child as Node)))
  }
  if (isPortableTextToolkitTextNode(value)) return value.text === '\n' ? h('br', null) : value.text
  if (isPortableTextBlock(value)) return h('p', null, inline(value))
  return null
}

/** A block's (or list item's) spans with their marks nested, and any deeper list. */
function inline(block: Parameters<typeof buildMarksTree>[0]): HtmlNode {
  return buildMarksTree(block).map((child) => node(child as Node))
}

export function richText(value: RichTextValue): HtmlNode {
  return nestLists(value, LIST_NEST_MODE_HTML).map((child) => node(child as Node))
}
