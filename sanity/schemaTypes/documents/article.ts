import { DocumentIcon } from '@sanity/icons/Document'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { noDuplicateReferences, slugOptions, slugRule } from '../validation'

/** A required article section, stored as the object type of the same name. */
function section(name: string, title: string, group: string, missing: string) {
  return defineField({
    name,
    title,
    type: name,
    group,
    validation: (rule) => rule.required().error(missing),
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
    { name: 'whenToSeeDoctor', title: 'When to see a doctor' },
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
      validation: (rule) => [
        rule.required().error('Title: give the article a title.'),
        rule.max(120).error('Title: keep it to 120 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'conditionName',
      title: 'Condition name',
      type: 'string',
      group: 'overview',
      description:
        'The condition the article is about, for example "Gluteus Medius Trigger Points". Search engines use it to understand the page.',
      validation: (rule) => [
        rule.required().error('Condition name: name the condition this article is about.'),
        rule.max(80).error('Condition name: keep it to 80 characters or fewer.'),
      ],
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
    // Each section is one object type (sanity/schemaTypes/objects/), the
    // same shape the query reads, the seed compiler writes and the page renders.
    section('introduction', 'Introduction', 'overview', 'Introduction: write at least one paragraph.'),
    section('causes', 'Causes', 'causes', 'Causes: add at least one cause.'),
    section('symptoms', 'Symptoms', 'symptoms', 'Symptoms: add at least one symptom.'),
    section(
      'whenToSeeDoctor',
      'When to see a doctor',
      'whenToSeeDoctor',
      'When to see a doctor: add at least one sign that needs professional care.',
    ),
    section('treatments', 'Treatments', 'treatments', 'Treatments: add at least one treatment.'),
    section('recovery', 'Recovery', 'recovery', 'Recovery: describe the recovery.'),
    section('conclusion', 'Conclusion', 'recovery', 'Conclusion: write at least one paragraph.'),

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
