import { defineType } from 'sanity'
import { bodyField } from './section-fields'

export const conclusion = defineType({
  name: 'conclusion',
  title: 'Conclusion',
  type: 'object',
  fields: [bodyField('Conclusion')],
})
