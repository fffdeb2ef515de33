import type { ExcerptPart } from '@/lib/search/excerpt'

export function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>
}
