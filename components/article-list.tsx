import Link from 'next/link'
import type { ArticleCard } from '@/lib/content/types'
import { paths } from '@/lib/site'

// prefetch={false}: long lists of links are not prefetched as they scroll into view (docs/architecture.md, "Prefetch").
// The heading level follows the page's outline: h2 where the list is the
// page's main content (a region listing), h3 under a section heading.
export function ArticleList({ articles, headingLevel = 3 }: { articles: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article.id} className="card">
          <Heading className="card__title">
            <Link href={paths.article(article.slug)} prefetch={false}>{article.title}</Link>
          </Heading>
          <p className="card__summary">{article.summary}</p>
        </li>
      ))}
    </ul>
  )
}
