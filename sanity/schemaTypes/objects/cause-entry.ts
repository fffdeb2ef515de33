import { defineField, defineType } from 'sanity'
import { requiredReference } from '../validation'
import { detailField } from './section-fields'

/** One cause as this article describes it: the shared cause plus this article's words. */
export const causeEntry = defineType({
  name: 'causeEntry',
  title: 'Cause',
  type: 'object',
  fields: [
    defineField({
      name: 'cause',
      title: 'Cause',
      type: 'reference',
      to: [{ type: 'cause' }],
      validation: (rule) => requiredReference(rule, 'cause'),
    }),
    detailField('cause'),
  ],
  preview: { select: { title: 'cause.name', subtitle: 'detail' } },
})
