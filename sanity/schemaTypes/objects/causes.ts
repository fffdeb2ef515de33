import { entryListField, proseField, sectionType } from './section-fields'

export const causes = sectionType('causes', 'Causes', [
  proseField('intro', 'Introduction', 'Leads into the list of causes.'),
  entryListField('Causes', 'causeEntry', 'cause', 'Pick shared causes and say what each means for this condition. Drag to reorder.'),
  proseField('summary', 'Summary', 'Closes the causes section.'),
])
