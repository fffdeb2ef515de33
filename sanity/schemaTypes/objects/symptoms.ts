import { entryListField, proseField, sectionType } from './section-fields'

export const symptoms = sectionType('symptoms', 'Symptoms', [
  proseField('intro', 'Introduction', 'Leads into the symptoms.'),
  proseField('commonLead', 'Common symptoms: lead-in', 'Shown above the common symptoms.'),
  proseField('lessCommonLead', 'Less common symptoms: lead-in', 'Shown above the less common symptoms.'),
  entryListField('Symptoms', 'symptomEntry', 'symptom', 'Mark each symptom common or less common; the page lists the two groups separately.'),
  proseField('closing', 'Closing', 'Closes the symptoms section.'),
])
