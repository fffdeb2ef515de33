import type { SearchEntry } from '../content/types'
import { escapeMarkup } from '../escape-markup'
import { SITE_LOCALE, paths } from '../site'

/**
 * The page Pagefind indexes for one article: not the rendered article (its
 * whole body would grow the index many times over) but the words a reader
 * searches by, marked up so Pagefind weighs the title highest, stores title
 * and region for the result list, and offers the region as a filter.
 */
export interface SearchDocument {
  url: string
  html: string
}


export function toSearchDocument(entry: SearchEntry): SearchDocument {
  // Editors' text is text: every markup character is escaped.
  const e = escapeMarkup
  const also =
    entry.conditionName && !entry.title.toLowerCase().includes(entry.conditionName.toLowerCase())
      ? `<p data-pagefind-weight="5">${e(entry.conditionName)}</p>`
      : ''
  const names = entry.names.length ? `<p data-pagefind-weight="3">${entry.names.map(e).join(', ')}</p>` : ''
  const region = entry.regionName
    ? `<p data-pagefind-filter="region" data-pagefind-meta="region">${e(entry.regionName)}</p>`
    : ''
  // The summary comes first so that excerpts, drawn from where the matches
  // cluster, usually quote it rather than repeat the title.
  return {
    url: paths.article(entry.slug),
    html:
      `<html lang="${SITE_LOCALE}"><body><main data-pagefind-body>` +
      `<p>${e(entry.summary)}</p>${names}` +
      `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${e(entry.title)}</h1>` +
      `${also}${region}` +
      `</main></body></html>`,
  }
}
