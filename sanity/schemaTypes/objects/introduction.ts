import { bodyField, sectionType } from './section-fields'

export const introduction = sectionType('introduction', 'Introduction', [bodyField('Introduction')])
