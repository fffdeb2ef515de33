import { defineArrayMember, defineField, defineType } from 'sanity'
import { noDuplicateReferences } from '../validation'

/** Fields the article's section objects share. */

const PARAGRAPHS_HINT = 'Separate paragraphs with a blank line.'

/** A plain-text passage that frames a section (its lead-in or closing words). */
export function proseField(name: string, title: string, description: string) {
  return defineField({
    name,
    title,
    type: 'text',
    rows: 3,
    description: `${description} Optional. ${PARAGRAPHS_HINT}`,
  })
}

/** A section's required list of entries that each point at a shared document, none twice. */
export function entryListField(title: string, entryType: string, refField: string, description: string) {
  return defineField({
    name: 'items',
    title,
    type: 'array',
    description,
    of: [defineArrayMember({ type: entryType })],
    validation: (rule) => [
      rule.required().min(1).error(`${title}: add at least one ${refField}.`),
      rule.custom(noDuplicateReferences(title, refField)),
    ],
  })
}

/** What this article says about the shared document an entry points at. */
export function detailField(what: string) {
  return defineField({
    name: 'detail',
    title: 'Detail for this article',
    type: 'text',
    rows: 4,
    description: `What this article says about the ${what}. Shown under its name.`,
    validation: (rule) => rule.required().error(`Detail: write what this article says about the ${what}.`),
  })
}

/** The rich-text body of the introduction and the conclusion. */
export function bodyField(section: string) {
  return defineField({
    name: 'body',
    title: section,
    type: 'blockContent',
    validation: (rule) => rule.required().error(`${section}: write at least one paragraph.`),
  })
}

/** An article section: an object type holding the section's fields in page order. */
export function sectionType(name: string, title: string, fields: ReturnType<typeof defineField>[]) {
  return defineType({ name, title, type: 'object', fields })
}
