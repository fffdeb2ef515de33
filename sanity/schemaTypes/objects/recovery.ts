import { defineArrayMember, defineField, defineType } from 'sanity'

export const recovery = defineType({
  name: 'recovery',
  title: 'Recovery',
  type: 'object',
  fields: [
    defineField({
      name: 'overview',
      title: 'Overview',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('Recovery overview: describe what recovery usually looks like.'),
    }),
    defineField({
      name: 'minWeeks',
      title: 'Typical duration: from (weeks)',
      type: 'number',
      validation: (rule) =>
        [
          rule.required().error('Typical duration: enter the shortest usual recovery in weeks.'),
          rule.min(0).integer().error('Typical duration: enter a whole number of weeks, 0 or more.'),
        ],
    }),
    defineField({
      name: 'maxWeeks',
      title: 'Typical duration: to (weeks)',
      type: 'number',
      validation: (rule) => [
        rule.required().integer().error('Typical duration: enter the longest usual recovery in weeks.'),
        rule.min(rule.valueOfField('minWeeks')).error('Typical duration: "to" must not be shorter than "from".'),
      ],
    }),
    defineField({
      name: 'phases',
      title: 'Phases',
      type: 'array',
      of: [defineArrayMember({ type: 'recoveryPhase' })],
    }),
    defineField({
      name: 'complications',
      title: 'Possible complications',
      type: 'text',
      rows: 3,
    }),
    defineField({
      name: 'tips',
      title: 'Tips',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'summary',
      title: 'Closing paragraph',
      type: 'text',
      rows: 3,
    }),
  ],
})
