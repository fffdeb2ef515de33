import Link from 'next/link'

export interface Crumb {
  name: string
  href: string
}

/** Trail of parent pages; the current page is named by the h1, not repeated here. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
