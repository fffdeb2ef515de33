import { DateText } from '@/components/date-text'
import type { Article, PersonCredit } from '@/lib/content/types'

function credit(person: PersonCredit) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who wrote and reviewed the page and when: the reader's basis for trusting it. */
export function ReviewInfo({ article }: { article: Article }) {
  return (
    <div className="review-info">
      <dl>
        <div>
          <dt>Written by</dt>
          <dd>{credit(article.author)}</dd>
        </div>
        <div>
          <dt>Medically reviewed by</dt>
          <dd>{credit(article.reviewedBy)}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd>
            <DateText value={article.publishedAt} />
          </dd>
        </div>
        <div>
          <dt>Page last reviewed</dt>
          <dd>
            <DateText value={article.lastReviewed} />
          </dd>
        </div>
        <div>
          <dt>Next review due</dt>
          <dd>
            <DateText value={article.nextReviewDue} />
          </dd>
        </div>
      </dl>
    </div>
  )
}
