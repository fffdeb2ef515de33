import { defineField, defineType } from 'sanity'
import { SYMPTOM_FREQUENCIES } from '../options'
import { requiredReference } from '../validation'
import { detailField } from './section-fields'

/** One symptom as this article describes it, and how common it is with this condition. */
export const symptomEntry = defineType({
  name: 'symptomEntry',
  title: 'Symptom',
  type: 'object',
  fields: [
    defineField({
      name: 'symptom',
      title: 'Symptom',
      type: 'reference',
      to: [{ type: 'symptom' }],
      validation: (rule) => requiredReference(rule, 'symptom'),
    }),
    defineField({
      name: 'frequency',
      title: 'How common',
      type: 'string',
      options: { list: [...SYMPTOM_FREQUENCIES], layout: 'radio', direction: 'horizontal' },
      initialValue: 'common',
      validation: (rule) => rule.required().error('How common: choose common or less common.'),
    }),
    detailField('symptom'),
  ],
  preview: { select: { title: 'symptom.name', subtitle: 'frequency' } },
})
