import { defineField, defineType } from 'sanity'

/** Optional overrides of what search engines show for an article. */
export const seo = defineType({
  name: 'seo',
  title: 'Search engine overrides',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search engines',
      type: 'string',
      description: 'Optional. Replaces the article title in search results; keep it under 60 characters.',
      validation: (rule) => rule.max(60).warning('Search title: search engines cut titles longer than 60 characters.'),
    }),
    defineField({
      name: 'description',
      title: 'Description for search engines',
      type: 'text',
      rows: 2,
      description: 'Optional. Replaces the summary in search results.',
      validation: (rule) => rule.max(160).error('Search description: use 160 characters at most.'),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      initialValue: false,
    }),
  ],
})
