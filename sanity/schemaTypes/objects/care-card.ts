import { defineField, defineType } from 'sanity'
import { URGENCIES } from '../options'
import { detailField } from './section-fields'

/** A sign that needs professional care and how urgently: one care card on the page. */
export const careCard = defineType({
  name: 'careCard',
  title: 'Care card',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Sign or situation',
      type: 'string',
      description: 'A short label, for example "Persistent Pain".',
      validation: (rule) => [
        rule.required().error('Sign or situation: write a short label.'),
        rule.max(80).error('Sign or situation: keep it to 80 characters or fewer.'),
      ],
    }),
    detailField('sign or situation'),
    defineField({
      name: 'urgency',
      title: 'Urgency',
      type: 'string',
      description: 'How quickly a reader with this sign should get care. Emergencies are highlighted.',
      options: { list: [...URGENCIES], layout: 'radio' },
      initialValue: 'routine',
      validation: (rule) => rule.required().error('Urgency: choose routine, urgent or emergency.'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'urgency' } },
})
