import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineField, defineType } from 'sanity'
import { SOURCE_URL_POLICY } from '../../../lib/safe-url'
import { urlRules } from '../validation'

export const source = defineType({
  name: 'source',
  title: 'Source',
  type: 'document',
  icon: DocumentTextIcon,
  description: 'A reusable citation. Articles list sources in citation order.',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The title of the study, guideline or page, exactly as published.',
      validation: (rule) => [
        rule.required().error('Give the source its title.'),
        rule.max(300).error('Title: keep it to 300 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'string',
      description: 'Optional. For example "Smith J, Jones A".',
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher or journal',
      type: 'string',
      description: 'Optional. For example "NICE" or "Journal of Orthopaedic & Sports Physical Therapy".',
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'url',
      description: 'Optional. Link to the source where one is publicly available.',
      validation: (rule) => urlRules(rule, 'Web address', SOURCE_URL_POLICY),
    }),
    defineField({
      name: 'year',
      title: 'Year published',
      type: 'number',
      validation: (rule) =>
        rule.integer().min(1900).max(2100).error('Year published: enter a four-digit year.'),
    }),
    defineField({
      name: 'accessed',
      title: 'Date accessed',
      type: 'date',
      description: 'For web pages: when an editor last checked the content.',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'publisher' } },
})
