import { serializeJsonLd } from '@/lib/seo/structured-data'

/** A page's JSON-LD nodes (from lib/seo/pages.ts), one script element each, safely serialised. */
export function StructuredData({ items }: { items: object[] }) {
  return items.map((data, index) => (
    <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
  ))
}
