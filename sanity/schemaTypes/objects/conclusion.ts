import { bodyField, sectionType } from './section-fields'

export const conclusion = sectionType('conclusion', 'Conclusion', [bodyField('Conclusion')])
