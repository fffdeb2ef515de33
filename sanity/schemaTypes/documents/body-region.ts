import { PinIcon } from '@sanity/icons/Pin'
import { defineField, defineType } from 'sanity'
import { slugOptions, slugRule } from '../validation'

export const bodyRegion = defineType({
  name: 'bodyRegion',
  title: 'Body region',
  type: 'document',
  icon: PinIcon,
  description: 'A part of the body readers browse by, such as "Hip and Pelvis".',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'As readers see it, for example "Hip and Pelvis".',
      validation: (rule) => [
        rule.required().error('Give the body region a name.'),
        rule.max(60).error('Name: keep it to 60 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      description: 'Used in the region’s web address (/regions/<slug>). Avoid changing it once published.',
      options: slugOptions('name'),
      validation: (rule) => slugRule(rule, 'body region'),
    }),
    defineField({
      name: 'description',
      title: 'Short description',
      type: 'text',
      rows: 2,
      description: 'One or two sentences shown on the home page and the region page.',
      validation: (rule) =>
        [
          rule.required().error('Write a short description of the body region.'),
          rule.max(200).error('Description: keep it to 200 characters or fewer.'),
        ],
    }),
    defineField({
      name: 'order',
      title: 'Display order',
      type: 'number',
      description: 'Lower numbers are listed first on the home page.',
      initialValue: 100,
      validation: (rule) =>
        [
          rule.required().error('Display order: enter a whole number.'),
          rule.integer().min(0).error('Display order: enter a whole number, 0 or more.'),
        ],
    }),
  ],
  orderings: [{ title: 'Display order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: { select: { title: 'name', subtitle: 'description' } },
})
