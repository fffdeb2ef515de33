import type { Citation } from '@/lib/content/types'
import { DateText } from '@/components/date-text'

export function SourceList({ sources }: { sources: Citation[] }) {
  return (
    <ol className="source-list">
      {sources.map((source) => {
        const details = [source.authors, source.publisher, source.year?.toString()].filter(Boolean).join('. ')
        return (
          <li key={source.key} id={`source-${source.number}`}>
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
          </li>
        )
      })}
    </ol>
  )
}
