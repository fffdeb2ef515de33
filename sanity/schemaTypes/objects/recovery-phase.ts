import { defineArrayMember, defineField, defineType } from 'sanity'

/** One stage of recovery: what to do, as a list of steps. */
export const recoveryPhase = defineType({
  name: 'recoveryPhase',
  title: 'Recovery phase',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Phase name',
      type: 'string',
      description: 'For example "Initial phase".',
      validation: (rule) => rule.required().error('Phase name: name this phase.'),
    }),
    defineField({
      name: 'intro',
      title: 'Introduction',
      type: 'text',
      rows: 2,
      description: 'The sentence that leads into the list of steps.',
    }),
    defineField({
      name: 'steps',
      title: 'Steps',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.required().min(1).error('Steps: list at least one step for this phase.'),
    }),
  ],
})
