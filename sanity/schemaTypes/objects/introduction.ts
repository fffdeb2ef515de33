import { defineType } from 'sanity'
import { bodyField } from './section-fields'

export const introduction = defineType({
  name: 'introduction',
  title: 'Introduction',
  type: 'object',
  fields: [bodyField('Introduction')],
})
