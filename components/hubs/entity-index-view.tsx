import Link from 'next/link'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { StructuredData } from '@/components/structured-data'
import type { EntityIndex, EntityIndexEntry, EntityType } from '@/lib/content/types'
import type { PageSeo } from '@/lib/seo/pages'
import { paths } from '@/lib/site'

const letterId = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`)

const articles = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`

/** A letter with entries jumps to them; one without is shown, so the alphabet stays whole, but is not a link. */
function LetterNav({ index }: { index: EntityIndex }) {
  return (
    <nav aria-label="Letters" className="letter-nav">
      <ul>
        {index.groups.map((group) => (
          <li key={group.letter}>
            {group.entries.length > 0 ? (
              <a href={`#${letterId(group.letter)}`}>{group.letter}</a>
            ) : (
              <span className="letter-nav__empty">
                {group.letter}
                <span className="visually-hidden"> (none)</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

// prefetch={false}: long lists of links are not prefetched as they scroll into view (docs/architecture.md, "Prefetch").
/** An entity no article mentions yet has no hub to go to: it is listed, with its count, but not linked. */
function Entry({ type, entry }: { type: EntityType; entry: EntityIndexEntry }) {
  return (
    <li className="az-entry">
      {entry.articleCount > 0 ? (
        <Link href={paths.entity(type, entry.slug)} prefetch={false}>{entry.name}</Link>
      ) : (
        <span>{entry.name}</span>
      )}{' '}
      <span className="az-entry__count">({articles(entry.articleCount)})</span>
    </li>
  )
}

/** An A–Z index of every cause, symptom or treatment, with letter jump links and each one's article count. */
export function EntityIndexView({
  index,
  title,
  description,
  seo,
}: {
  index: EntityIndex
  title: string
  description: string
  seo: PageSeo
}) {
  return (
    <>
      <StructuredData items={seo.structuredData} />
      <Breadcrumbs trail={seo.trail} />
      <h1>{title}</h1>
      <p className="lede">{description}</p>
      <LetterNav index={index} />
      {index.groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <section key={group.letter} aria-labelledby={letterId(group.letter)} className="az-group">
            <h2 id={letterId(group.letter)} tabIndex={-1}>
              {group.letter}
            </h2>
            <ul className="az-list">
              {group.entries.map((entry) => (
                <Entry key={entry.id} type={index.type} entry={entry} />
              ))}
            </ul>
          </section>
        ))}
    </>
  )
}
