import type { Paragraphs } from '@/lib/content/types'
import { h, type HtmlNode } from '@/lib/html/render'

// Plain-text fields arrive already split into paragraphs (lib/content/mappers.ts),
// so an editor's blank line becomes a paragraph break and an empty field renders nothing.
export function prose(paragraphs: Paragraphs): HtmlNode {
  return paragraphs.map((text) => h('p', null, text))
}
