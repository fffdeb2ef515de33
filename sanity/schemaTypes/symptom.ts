import { ActivityIcon } from '@sanity/icons/Activity'
import { defineType } from 'sanity'
import { entityFields } from './entity-fields'

export const symptom = defineType({
  name: 'symptom',
  title: 'Symptom',
  type: 'document',
  icon: ActivityIcon,
  description: 'A reusable symptom (for example "Stiffness") that articles link to.',
  fields: entityFields('symptom', 'Stiffness'),
  preview: { select: { title: 'name', subtitle: 'summary' } },
})
