import type { Article, EntityHub, EntityType, ListingPage, Region } from '../content/types'

/** The words a page shows search engines, decided once for its metadata and its structured data alike. */

/** An article's search title and description: the editor's SEO overrides, else its title and summary. */
export function articleSearchText(article: Pick<Article, 'title' | 'summary' | 'seo'>) {
  return {
    title: article.seo.title ?? article.title,
    description: article.seo.description ?? article.summary,
  }
}

/** A paged listing's title: from page 2 on "<title>, page 2 of 5", so every page's title is its own. */
export function pagedTitle(title: string, at: Pick<ListingPage, 'page' | 'pageCount'>): string {
  return at.page > 1 ? `${title}, page ${at.page} of ${at.pageCount}` : title
}

/** "Knee conditions", and from page 2 on "Knee conditions, page 2 of 5". */
export function regionPageTitle(region: Pick<Region, 'name' | 'page' | 'pageCount'>): string {
  return pagedTitle(`${region.name} conditions`, region)
}

/** What each entity type is called: in the A–Z index's name, breadcrumbs and links. */
export const ENTITY_LABELS: Record<EntityType, { plural: string; singular: string }> = {
  cause: { plural: 'Causes', singular: 'cause' },
  symptom: { plural: 'Symptoms', singular: 'symptom' },
  treatment: { plural: 'Treatments', singular: 'treatment' },
}

/** "Symptoms A to Z": the index's h1 and title. */
export const entityIndexTitle = (type: EntityType) => `${ENTITY_LABELS[type].plural} A to Z`

/** "Stiffness: conditions with this symptom", and from page 2 on ", page 2 of 3". */
export function entityHubTitle(hub: Pick<EntityHub, 'type' | 'name' | 'page' | 'pageCount'>): string {
  const phrase = hub.type === 'treatment' ? 'conditions it may help' : `conditions with this ${ENTITY_LABELS[hub.type].singular}`
  return pagedTitle(`${hub.name}: ${phrase}`, hub)
}
