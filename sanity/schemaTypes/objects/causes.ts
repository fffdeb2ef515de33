import { defineType } from 'sanity'
import { entryListField, proseField } from './section-fields'

export const causes = defineType({
  name: 'causes',
  title: 'Causes',
  type: 'object',
  fields: [
    proseField('intro', 'Introduction', 'Leads into the list of causes.'),
    entryListField('Causes', 'causeEntry', 'cause', 'Pick shared causes and say what each means for this condition. Drag to reorder.'),
    proseField('summary', 'Summary', 'Closes the causes section.'),
  ],
})
