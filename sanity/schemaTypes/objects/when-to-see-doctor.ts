import { defineArrayMember, defineField } from 'sanity'
import { proseField, sectionType } from './section-fields'

export const whenToSeeDoctor = sectionType('whenToSeeDoctor', 'When to see a doctor', [
  proseField('intro', 'Introduction', 'Leads into the warning signs.'),
  defineField({
    name: 'items',
    title: 'Care cards',
    type: 'array',
    description: 'Signs that need professional care, each with how urgently.',
    of: [defineArrayMember({ type: 'careCard' })],
    validation: (rule) =>
      rule.required().min(1).error('When to see a doctor: add at least one sign that needs professional care.'),
  }),
  proseField('closing', 'Closing', 'Closes the section.'),
])
