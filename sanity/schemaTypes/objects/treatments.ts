import { entryListField, proseField, sectionType } from './section-fields'

export const treatments = sectionType('treatments', 'Treatments', [
  proseField('intro', 'Introduction', 'Leads into the treatment options.'),
  entryListField('Treatments', 'treatmentEntry', 'treatment', 'The page groups them as conventional, alternative and home remedies by each treatment’s kind.'),
  proseField('closing', 'Closing', 'Closes the treatments section.'),
])
