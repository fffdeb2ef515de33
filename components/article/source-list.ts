import { dateTextHtml } from '@/components/date-text'
import type { Citation } from '@/lib/content/types'
import { h, type HtmlElement } from '@/lib/html/render'

/** The id of source `number` in the list, which citations in the text link to. */
export const sourceAnchor = (number: number) => `source-${number}`

export function sourceList(sources: Citation[]): HtmlElement {
  return h(
    'ol',
    { className: 'source-list' },
    sources.map((source) => {
      const details = [source.authors, source.publisher, source.year?.toString()].filter(Boolean).join('. ')
      return h(
        'li',
        { id: sourceAnchor(source.number) },
        source.url ? h('a', { href: source.url, rel: 'noopener noreferrer' }, source.title) : h('cite', null, source.title),
        details && h('span', { className: 'source-list__details' }, `. ${details}.`),
        source.accessed &&
          h('span', { className: 'source-list__details' }, ' Accessed ', dateTextHtml(source.accessed), '.'),
        source.citedAt && [
          ' ',
          h(
            'a',
            { href: `#${source.citedAt}`, className: 'source-list__back' },
            h('span', { 'aria-hidden': 'true' }, '↩ '),
            'Back to text',
            h('span', { className: 'visually-hidden' }, `, where source ${source.number} is first cited`),
          ),
        ],
      )
    }),
  )
}
