import type { Paragraphs } from '@/lib/content/types'

/** Renders plain prose paragraphs; renders nothing when there are none. */
export function Prose({ paragraphs, className }: { paragraphs: Paragraphs; className?: string }) {
  return paragraphs.map((text, index) => (
    <p key={index} className={className}>
      {text}
    </p>
  ))
}
