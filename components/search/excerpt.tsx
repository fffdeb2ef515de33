import { excerptParts } from '@/lib/search/excerpt'

export function Excerpt({ html }: { html: string }) {
  return (
    <>
      {excerptParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  )
}
