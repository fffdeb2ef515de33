import { UserIcon } from '@sanity/icons/User'
import { defineField, defineType } from 'sanity'
import { PERSON_ROLES } from '../options'
import { slugOptions, slugRule } from '../validation'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  description: 'An author or a medical reviewer credited on articles.',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => [
        rule.required().error('Enter the person’s name.'),
        rule.max(100).error('Name: keep it to 100 characters or fewer.'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      options: slugOptions('name'),
      validation: (rule) => slugRule(rule, 'person'),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'Qualifications shown after the name, for example "MD, FACP" or "DPT".',
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      options: { list: [...PERSON_ROLES], layout: 'radio' },
      validation: (rule) => rule.required().error('Role: choose author or medical reviewer.'),
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      type: 'text',
      rows: 3,
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials' } },
})
