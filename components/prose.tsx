import type { Paragraphs } from '@/lib/content/types'

/** Renders plain prose paragraphs; renders nothing when there are none. */
export function Prose({ paragraphs }: { paragraphs: Paragraphs }) {
  return paragraphs.map((text, index) => <p key={index}>{text}</p>)
}
