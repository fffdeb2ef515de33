import { defineType } from 'sanity'
import { entryListField, proseField } from './section-fields'

export const treatments = defineType({
  name: 'treatments',
  title: 'Treatments',
  type: 'object',
  fields: [
    proseField('intro', 'Introduction', 'Leads into the treatment options.'),
    entryListField('Treatments', 'treatmentEntry', 'treatment', 'The page groups them as conventional, alternative and home remedies by each treatment’s kind.'),
    proseField('closing', 'Closing', 'Closes the treatments section.'),
  ],
})
