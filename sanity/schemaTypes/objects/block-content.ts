import { defineArrayMember, defineField, defineType } from 'sanity'
import { urlRules } from '../validation'
import { RICH_TEXT_LINK_POLICY } from '../../../lib/safe-url'

/**
 * Rich text for an article's introduction and conclusion. Deliberately small:
 * paragraphs, lists, emphasis and links. Section headings come from the page
 * template, so editors cannot break the page's heading order.
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
        ],
      },
    }),
  ],
})
