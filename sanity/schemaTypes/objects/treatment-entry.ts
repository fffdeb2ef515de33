import { defineField, defineType } from 'sanity'
import { requiredReference } from '../validation'
import { detailField } from './section-fields'

/** One treatment as this article describes it; its kind (the page's grouping) is on the treatment. */
export const treatmentEntry = defineType({
  name: 'treatmentEntry',
  title: 'Treatment',
  type: 'object',
  fields: [
    defineField({
      name: 'treatment',
      title: 'Treatment',
      type: 'reference',
      to: [{ type: 'treatment' }],
      description: 'The page groups treatments by the kind set on the treatment itself.',
      validation: (rule) => requiredReference(rule, 'treatment'),
    }),
    detailField('treatment'),
  ],
  preview: { select: { title: 'treatment.name', subtitle: 'treatment.kind' } },
})
