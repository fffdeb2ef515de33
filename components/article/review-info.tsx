import type { ReactNode } from 'react'
import { DateText } from '@/components/date-text'
import type { Article, PersonCredit } from '@/lib/content/types'

function credit(person: PersonCredit) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who wrote and reviewed the page and when: the reader's basis for trusting it. */
export function ReviewInfo({ article }: { article: Article }) {
  const rows: [string, ReactNode][] = [
    ['Written by', credit(article.author)],
    ['Medically reviewed by', credit(article.reviewedBy)],
    ['Published', <DateText key="published" value={article.publishedAt} />],
    ['Page last reviewed', <DateText key="reviewed" value={article.lastReviewed} />],
    ['Next review due', <DateText key="due" value={article.nextReviewDue} />],
  ]
  return (
    <div className="review-info">
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
