import { dateTextHtml } from '@/components/date-text'
import type { Article, PersonCredit } from '@/lib/content/types'
import { h, type HtmlElement, type HtmlNode } from '@/lib/html/render'
import { readingMinutes } from '@/lib/reading-time'

function credit(person: PersonCredit) {
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/** Who wrote and reviewed the page and when: the reader's basis for trusting it. */
export function reviewInfo(article: Article): HtmlElement {
  const rows: [string, HtmlNode][] = [
    ['Written by', credit(article.author)],
    ['Clinical reviewer', credit(article.reviewedBy)],
    // The review dates are in the line under the title (reviewLine); each date is said once per page.
    ['Published', dateTextHtml(article.publishedAt)],
  ]
  return h('div', { className: 'review-info' }, h('dl', null, rows.map(([term, value]) => h('div', null, h('dt', null, term), h('dd', null, value)))))
}

const SEPARATOR = h('span', { 'aria-hidden': 'true' }, ' · ')

/**
 * The one-line trust signal under the title, as nhs.uk has it: who reviewed
 * the page and when, and when it is due again. A due date already passed (at
 * the time the page was built) is said in words.
 */
export function reviewLine(article: Article, today = new Date()): HtmlElement {
  const overdue = new Date(article.nextReviewDue).getTime() < today.getTime()
  return h(
    'p',
    { className: 'review-line' },
    h('span', null, `${readingMinutes(article)} minute read`),
    SEPARATOR,
    h('span', null, `Medically reviewed by ${credit(article.reviewedBy)}`),
    SEPARATOR,
    h('span', null, 'Last reviewed ', dateTextHtml(article.lastReviewed)),
    SEPARATOR,
    h(
      'span',
      null,
      'Next review due ',
      dateTextHtml(article.nextReviewDue),
      overdue && h('strong', { className: 'review-line__overdue' }, ' (review overdue)'),
    ),
  )
}
