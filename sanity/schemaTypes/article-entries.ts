import { defineArrayMember, defineField, defineType } from 'sanity'
import { requiredReference } from './validation'

/**
 * The article-specific entries that point at reusable documents. The shared
 * document holds what is always true (name, summary); the entry holds what this
 * article says about it.
 */

const detailField = (what: string) =>
  defineField({
    name: 'detail',
    title: 'Detail for this article',
    type: 'text',
    rows: 4,
    description: `What this article says about the ${what}. Shown under its name.`,
    validation: (rule) => rule.required().error(`Detail: write what this article says about the ${what}.`),
  })

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

export const SYMPTOM_FREQUENCIES = [
  { title: 'Common', value: 'common' },
  { title: 'Less common', value: 'lessCommon' },
] as const

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

export const URGENCIES = [
  { title: 'Routine: book an appointment', value: 'routine' },
  { title: 'Urgent: get advice today', value: 'urgent' },
  { title: 'Emergency: call emergency services', value: 'emergency' },
] as const

export const doctorAdvice = defineType({
  name: 'doctorAdvice',
  title: 'When to see a doctor',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Sign or situation',
      type: 'string',
      description: 'A short label, for example "Persistent Pain".',
      validation: (rule) => rule.required().error('Sign or situation: write a short label.').max(80),
    }),
    detailField('sign or situation'),
    defineField({
      name: 'urgency',
      title: 'Urgency',
      type: 'string',
      description: 'How quickly a reader with this sign should get care. Emergencies are highlighted.',
      options: { list: [...URGENCIES], layout: 'radio' },
      initialValue: 'routine',
      validation: (rule) => rule.required().error('Urgency: choose routine, urgent or emergency.'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'urgency' } },
})

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
        rule.required().error('Typical duration: enter the shortest usual recovery in weeks.').min(0).integer(),
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

export const seo = defineType({
  name: 'seo',
  title: 'Search engine overrides',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'Title for search engines',
      type: 'string',
      description: 'Optional. Replaces the article title in search results; keep it under 60 characters.',
      validation: (rule) => rule.max(60).warning('Search title: search engines cut titles longer than 60 characters.'),
    }),
    defineField({
      name: 'description',
      title: 'Description for search engines',
      type: 'text',
      rows: 2,
      description: 'Optional. Replaces the summary in search results.',
      validation: (rule) => rule.max(160).error('Search description: use 160 characters at most.'),
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      initialValue: false,
    }),
  ],
})
