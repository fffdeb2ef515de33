import type { Article, Region } from '../content/types'

/** The words a page shows search engines, decided once for its metadata and its structured data alike. */

/** An article's search title and description: the editor's SEO overrides, else its title and summary. */
export function articleSearchText(article: Pick<Article, 'title' | 'summary' | 'seo'>) {
  return {
    title: article.seo.title ?? article.title,
    description: article.seo.description ?? article.summary,
  }
}

/** "Knee conditions", and from page 2 on "Knee conditions, page 2 of 5": every page's title is its own. */
export function regionPageTitle(region: Pick<Region, 'name' | 'page' | 'pageCount'>): string {
  const title = `${region.name} conditions`
  return region.page > 1 ? `${title}, page ${region.page} of ${region.pageCount}` : title
}
