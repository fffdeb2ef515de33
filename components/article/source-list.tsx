import type { Citation } from '@/lib/content/types'
import { DateText } from '@/components/date-text'

/** The id of source `number` in the list, which citations in the text link to. */
export const sourceAnchor = (number: number) => `source-${number}`

export function SourceList({ sources }: { sources: Citation[] }) {
  return (
    <ol className="source-list">
      {sources.map((source) => {
        const details = [source.authors, source.publisher, source.year?.toString()].filter(Boolean).join('. ')
        return (
          <li key={source.key} id={sourceAnchor(source.number)}>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {details ? <span className="source-list__details">. {details}.</span> : null}
            {source.accessed ? (
              <span className="source-list__details">
                {' '}
                Accessed <DateText value={source.accessed} />.
              </span>
            ) : null}
            {source.citedAt ? (
              <>
                {' '}
                <a href={`#${source.citedAt}`} className="source-list__back">
                  <span aria-hidden="true">↩ </span>Back to text
                  <span className="visually-hidden">, where source {source.number} is first cited</span>
                </a>
              </>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
