import { HeartIcon } from '@sanity/icons/Heart'
import { defineField, defineType } from 'sanity'
import { entityFields } from './entity-fields'

export const TREATMENT_KINDS = [
  { title: 'Conventional treatment', value: 'conventional' },
  { title: 'Alternative therapy', value: 'alternative' },
  { title: 'Home remedy', value: 'home' },
] as const

export const treatment = defineType({
  name: 'treatment',
  title: 'Treatment',
  type: 'document',
  icon: HeartIcon,
  description: 'A reusable treatment (for example "Physical Therapy") that articles link to.',
  fields: [
    ...entityFields('treatment', 'Physical Therapy'),
    defineField({
      name: 'kind',
      title: 'Kind of treatment',
      type: 'string',
      description: 'Decides which group the treatment appears under on every article page.',
      options: { list: [...TREATMENT_KINDS], layout: 'radio' },
      validation: (rule) =>
        rule.required().error('Kind of treatment: choose conventional, alternative or home remedy.'),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'kind' } },
})
