import { defineField } from 'sanity'
import { slugOptions, slugRule } from './validation'

/**
 * The fields every reusable entity (cause, symptom, treatment) shares: a name,
 * a URL slug and a one-sentence summary that is true in every article using it.
 */
export function entityFields(what: string, example: string) {
  return [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: `The ${what}'s name as readers see it, in Title Case (for example "${example}").`,
      validation: (rule) => [
        rule.required().error(`Give the ${what} a name.`),
        rule.max(80).error('Name: keep it to 80 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      description: `A stable, URL-safe name for the ${what}, used in its page's web address (/symptoms/<slug>, /causes/<slug>, /treatments/<slug>). Generate it from the name; avoid changing it once published, since links to the old address would break.`,
      options: slugOptions('name'),
      validation: (rule) => slugRule(rule, what),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 2,
      description: `One sentence that is true wherever this ${what} is used. Article-specific detail belongs on the article, not here.`,
      validation: (rule) =>
        rule
          .required()
          .error(`Write a one-sentence summary of the ${what}.`)
          .max(240)
          .warning('Summary: keep it to one sentence (240 characters at most).'),
    }),
  ]
}
