import type { Paragraphs } from '@/lib/content/types'

// Plain-text fields arrive already split into paragraphs (lib/content/mappers.ts),
// so an editor's blank line becomes a paragraph break and an empty field renders nothing.
export function Prose({ paragraphs }: { paragraphs: Paragraphs }) {
  return paragraphs.map((text, index) => <p key={index}>{text}</p>)
}
