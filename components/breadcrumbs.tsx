import Link from 'next/link'
import type { Crumb } from '@/lib/seo/structured-data'

/**
 * The page's trail (lib/seo/pages.ts, Home first, the page itself last) as
 * links to its parents: the current page is named by the h1, not repeated here.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.slice(0, -1).map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
