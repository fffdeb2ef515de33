/**
 * Every option list the content model has, declared once. The Studio's radio
 * lists (`options.list`), the TypeScript unions the app and the seed use, and
 * the order the page shows groups in all derive from these; nothing else may
 * spell the values out. Plain data, no Sanity imports, so app code can use it.
 */

type ValueOf<List extends readonly { value: string }[]> = List[number]['value']

export const SYMPTOM_FREQUENCIES = [
  { title: 'Common', value: 'common' },
  { title: 'Less common', value: 'lessCommon' },
] as const
export type SymptomFrequency = ValueOf<typeof SYMPTOM_FREQUENCIES>

export const URGENCIES = [
  { title: 'Routine: book an appointment', value: 'routine' },
  { title: 'Urgent: get advice today', value: 'urgent' },
  { title: 'Emergency: call emergency services', value: 'emergency' },
] as const
export type Urgency = ValueOf<typeof URGENCIES>

/** In the order the page groups treatments. */
export const TREATMENT_KINDS = [
  { title: 'Conventional treatment', value: 'conventional' },
  { title: 'Alternative therapy', value: 'alternative' },
  { title: 'Home remedy', value: 'home' },
] as const
export type TreatmentKind = ValueOf<typeof TREATMENT_KINDS>

export const PERSON_ROLES = [
  { title: 'Author', value: 'author' },
  { title: 'Medical reviewer', value: 'medicalReviewer' },
] as const
export type PersonRole = ValueOf<typeof PERSON_ROLES>

/** The values of a list, in its order. */
export const valuesOf = <List extends readonly { value: string }[]>(list: List) =>
  list.map((option) => option.value) as ValueOf<List>[]
