import { defineArrayMember, defineField, defineType } from 'sanity'
import { citedSourceFilter, mustBeOneOfTheArticleSources, urlRules } from '../validation'
import { RICH_TEXT_LINK_POLICY } from '../../../lib/safe-url'

/**
 * Rich text for an article's introduction and conclusion. Deliberately small:
 * paragraphs, lists, emphasis, links and citations. Section headings come
 * from the page template, so editors cannot break the page's heading order.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Paragraph', value: 'normal' }],
      lists: [
        { title: 'Bulleted list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          {
            name: 'link',
            type: 'object',
            title: 'Link',
            fields: [
              defineField({
                name: 'href',
                type: 'url',
                title: 'Web address',
                validation: (rule) => [
                  rule.required().error('Link: enter the web address it points to.'),
                  ...urlRules(rule, 'Link', RICH_TEXT_LINK_POLICY),
                ],
              }),
            ],
          },
          {
            // Points at a source document, not at a number: the number is the source's place in the
            // article's Sources list, worked out when the page is built, so reordering the list renumbers
            // every citation and cannot leave one pointing at the wrong source.
            name: 'citation',
            type: 'object',
            title: 'Citation',
            description:
              'Select the words a source supports, then pick that source. Readers see [n], n being its place in the Sources list.',
            fields: [
              {
                name: 'source',
                type: 'reference',
                title: 'Source',
                description: 'One of the sources listed under "Sources & review". Add it there first.',
                to: [{ type: 'source' }],
                options: { disableNew: true, filter: citedSourceFilter },
                validation: (rule) => [
                  rule.required().error('Citation: choose the source these words cite.'),
                  rule.custom(mustBeOneOfTheArticleSources),
                ],
              },
            ],
          },
        ],
      },
    }),
  ],
})
