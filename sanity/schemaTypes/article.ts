import { DocumentIcon } from '@sanity/icons/Document'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { noDuplicateReferences, slugOptions, slugRule } from '../lib/validation'

const PARAGRAPHS_HINT = 'Separate paragraphs with a blank line.'

/** A plain-text passage that frames a section (its lead-in or closing words). */
function prose(name: string, title: string, group: string, description: string) {
  return defineField({
    name,
    title,
    type: 'text',
    rows: 3,
    group,
    description: `${description} Optional. ${PARAGRAPHS_HINT}`,
  })
}

/** A required list of entries that each point at a shared document, none twice. */
function entryList(name: string, title: string, entryType: string, refField: string, description: string) {
  return defineField({
    name,
    title,
    type: 'array',
    group: name,
    description,
    of: [defineArrayMember({ type: entryType })],
    validation: (rule) => [
      rule.required().min(1).error(`${title}: add at least one ${refField}.`),
      rule.custom(noDuplicateReferences(title, refField)),
    ],
  })
}

function dayOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length >= 10 ? value.slice(0, 10) : undefined
}

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentIcon,
  groups: [
    { name: 'overview', title: 'Overview', default: true },
    { name: 'causes', title: 'Causes' },
    { name: 'symptoms', title: 'Symptoms' },
    { name: 'doctor', title: 'When to see a doctor' },
    { name: 'treatments', title: 'Treatments' },
    { name: 'recovery', title: 'Recovery' },
    { name: 'sources', title: 'Sources & review' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'overview',
      description: 'The page heading, for example "Gluteus Medius Trigger Points Relief Techniques and Tips".',
      validation: (rule) => rule.required().error('Title: give the article a title.').max(120),
    }),
    defineField({
      name: 'conditionName',
      title: 'Condition name',
      type: 'string',
      group: 'overview',
      description:
        'The condition the article is about, for example "Gluteus Medius Trigger Points". Search engines use it to understand the page.',
      validation: (rule) => rule.required().error('Condition name: name the condition this article is about.').max(80),
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      group: 'overview',
      description: 'The article’s web address: /articles/<slug>. Changing it after publishing breaks links.',
      options: slugOptions('title'),
      validation: (rule) => slugRule(rule, 'article'),
    }),
    defineField({
      name: 'region',
      title: 'Body region',
      type: 'reference',
      to: [{ type: 'bodyRegion' }],
      group: 'overview',
      description: 'Where readers find this article when they browse by body region.',
      validation: (rule) => rule.required().error('Body region: choose where this article belongs.'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'overview',
      description: 'One or two plain sentences, shown in listings and as the search-engine description. 160 characters at most.',
      validation: (rule) => [
        rule.required().error('Summary: write a one- or two-sentence summary.'),
        rule.max(160).error('Summary: use 160 characters at most; search engines cut longer descriptions.'),
        rule.min(50).warning('Summary: at least 50 characters gives search engines enough to show.'),
      ],
    }),
    defineField({
      name: 'isSample',
      title: 'Sample content',
      type: 'boolean',
      group: 'overview',
      description: 'Marks demonstration content that no clinician has signed off. The page shows readers a notice.',
      initialValue: false,
    }),
    defineField({
      name: 'introduction',
      title: 'Introduction',
      type: 'blockContent',
      group: 'overview',
      validation: (rule) => rule.required().error('Introduction: write at least one paragraph.'),
    }),

    prose('causesIntro', 'Causes: introduction', 'causes', 'Leads into the list of causes.'),
    entryList('causes', 'Causes', 'causeEntry', 'cause', 'Pick shared causes and say what each means for this condition. Drag to reorder.'),
    prose('causesSummary', 'Causes: summary', 'causes', 'Closes the causes section.'),

    prose('symptomsIntro', 'Symptoms: introduction', 'symptoms', 'Leads into the symptoms.'),
    prose('commonSymptomsLead', 'Common symptoms: lead-in', 'symptoms', 'Shown above the common symptoms.'),
    prose('lessCommonSymptomsLead', 'Less common symptoms: lead-in', 'symptoms', 'Shown above the less common symptoms.'),
    entryList('symptoms', 'Symptoms', 'symptomEntry', 'symptom', 'Mark each symptom common or less common; the page lists the two groups separately.'),
    prose('symptomsClosing', 'Symptoms: closing', 'symptoms', 'Closes the symptoms section.'),

    prose('whenToSeeDoctorIntro', 'When to see a doctor: introduction', 'doctor', 'Leads into the warning signs.'),
    defineField({
      name: 'whenToSeeDoctor',
      title: 'When to see a doctor',
      type: 'array',
      group: 'doctor',
      description: 'Signs that need professional care, each with how urgently.',
      of: [defineArrayMember({ type: 'doctorAdvice' })],
      validation: (rule) =>
        rule.required().min(1).error('When to see a doctor: add at least one sign that needs professional care.'),
    }),
    prose('whenToSeeDoctorClosing', 'When to see a doctor: closing', 'doctor', 'Closes the section.'),

    prose('treatmentsIntro', 'Treatments: introduction', 'treatments', 'Leads into the treatment options.'),
    entryList('treatments', 'Treatments', 'treatmentEntry', 'treatment', 'The page groups them as conventional, alternative and home remedies by each treatment’s kind.'),
    prose('treatmentsClosing', 'Treatments: closing', 'treatments', 'Closes the treatments section.'),

    defineField({
      name: 'recovery',
      title: 'Recovery',
      type: 'recovery',
      group: 'recovery',
      validation: (rule) => rule.required().error('Recovery: describe the recovery.'),
    }),
    defineField({
      name: 'conclusion',
      title: 'Conclusion',
      type: 'blockContent',
      group: 'recovery',
      validation: (rule) => rule.required().error('Conclusion: write at least one paragraph.'),
    }),

    defineField({
      name: 'sources',
      title: 'Sources',
      type: 'array',
      group: 'sources',
      description: 'In citation order: the first source is [1] on the page.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'source' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Sources: cite at least one source.'),
        rule.custom(noDuplicateReferences('Sources')),
      ],
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'person' }],
      group: 'sources',
      validation: (rule) => rule.required().error('Author: choose who wrote the article.'),
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Medical reviewer',
      type: 'reference',
      to: [{ type: 'person' }],
      group: 'sources',
      description: 'The clinician who checked the article’s medical accuracy.',
      validation: (rule) => rule.required().error('Medical reviewer: choose who reviewed the article.'),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'sources',
      validation: (rule) => rule.required().error('Published: set the publication date.'),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      group: 'sources',
      description: 'When the medical reviewer last checked the article. Shown to readers.',
      validation: (rule) => [
        rule.required().error('Last reviewed: set the date of the last medical review.'),
        rule.custom((value, context) => {
          const published = dayOf(context.document?.publishedAt)
          return value && published && value < published
            ? 'Last reviewed: cannot be earlier than the publication date.'
            : true
        }),
      ],
    }),
    defineField({
      name: 'nextReviewDue',
      title: 'Next review due',
      type: 'date',
      group: 'sources',
      description: 'Usually 12 months after the last review.',
      validation: (rule) => [
        rule.required().error('Next review due: set when the article must be reviewed again.'),
        rule.custom((value, context) => {
          const last = dayOf(context.document?.lastReviewed)
          return value && last && value <= last ? 'Next review due: must be after the last reviewed date.' : true
        }),
      ],
    }),
    defineField({
      name: 'seo',
      title: 'Search engine overrides',
      type: 'seo',
      group: 'seo',
    }),
  ],
  orderings: [
    { title: 'Last reviewed, newest', name: 'lastReviewedDesc', by: [{ field: 'lastReviewed', direction: 'desc' }] },
    { title: 'Title', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', region: 'region.name', reviewed: 'lastReviewed' },
    prepare: ({ title, region, reviewed }) => ({
      title,
      subtitle: [region, reviewed && `reviewed ${reviewed}`].filter(Boolean).join(' · '),
    }),
  },
})
