import { BoltIcon } from '@sanity/icons/Bolt'
import { defineType } from 'sanity'
import { entityFields } from './entity-fields'

export const cause = defineType({
  name: 'cause',
  title: 'Cause',
  type: 'document',
  icon: BoltIcon,
  description: 'A reusable cause or risk factor (for example "Poor Posture") that articles link to.',
  fields: entityFields('cause', 'Poor Posture'),
  preview: { select: { title: 'name', subtitle: 'summary' } },
})
