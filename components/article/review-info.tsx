import type { ReactNode } from 'react'
import { DateText } from '@/components/date-text'
import type { Article, PersonCredit } from '@/lib/content/types'
import { readingMinutes } from '@/lib/reading-time'

function credit(person: PersonCredit) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who wrote and reviewed the page and when: the reader's basis for trusting it. */
export function ReviewInfo({ article }: { article: Article }) {
  const rows: [string, ReactNode][] = [
    ['Written by', credit(article.author)],
    ['Clinical reviewer', credit(article.reviewedBy)],
    // The review dates are in the line under the title (ReviewLine); each date is said once per page.
    ['Published', <DateText key="published" value={article.publishedAt} />],
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

/**
 * The one-line trust signal under the title, as nhs.uk has it: who reviewed
 * the page and when, and when it is due again. A due date already passed (at
 * the time the page was built) is said in words.
 */
export function ReviewLine({ article, today = new Date() }: { article: Article; today?: Date }) {
  const overdue = new Date(article.nextReviewDue).getTime() < today.getTime()
  return (
    <p className="review-line">
      <span>{readingMinutes(article)} minute read</span>
      <span aria-hidden="true"> · </span>
      <span>Medically reviewed by {credit(article.reviewedBy)}</span>
      <span aria-hidden="true"> · </span>
      <span>
        Last reviewed <DateText value={article.lastReviewed} />
      </span>
      <span aria-hidden="true"> · </span>
      <span>
        Next review due <DateText value={article.nextReviewDue} />
        {overdue ? <strong className="review-line__overdue"> (review overdue)</strong> : null}
      </span>
    </p>
  )
}
