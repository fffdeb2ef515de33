import type { StructureResolver } from 'sanity/structure'

/**
 * Editors work article-first: articles by body region, then the shared
 * building blocks an article references.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Articles by body region')
        .schemaType('article')
        .child(
          S.documentTypeList('bodyRegion')
            .title('Body regions')
            .defaultOrdering([{ field: 'order', direction: 'asc' }])
            .child((regionId) =>
              S.documentList()
                .title('Articles')
                .schemaType('article')
                .filter('_type == "article" && region._ref == $regionId')
                .params({ regionId })
                .initialValueTemplates([S.initialValueTemplateItem('article-in-region', { regionId })]),
            ),
        ),
      S.documentTypeListItem('article').title('All articles'),
      S.divider(),
      S.documentTypeListItem('cause').title('Causes'),
      S.documentTypeListItem('symptom').title('Symptoms'),
      S.documentTypeListItem('treatment').title('Treatments'),
      S.divider(),
      S.documentTypeListItem('source').title('Sources'),
      S.documentTypeListItem('person').title('People'),
      S.documentTypeListItem('bodyRegion').title('Body regions'),
    ])
