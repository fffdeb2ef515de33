import { article } from './article'
import { causeEntry, doctorAdvice, recovery, recoveryPhase, seo, symptomEntry, treatmentEntry } from './article-entries'
import { blockContent } from './block-content'
import { bodyRegion } from './body-region'
import { cause } from './cause'
import { person } from './person'
import { source } from './source'
import { symptom } from './symptom'
import { treatment } from './treatment'

export const schemaTypes = [
  article,
  bodyRegion,
  cause,
  symptom,
  treatment,
  source,
  person,
  blockContent,
  causeEntry,
  symptomEntry,
  doctorAdvice,
  treatmentEntry,
  recovery,
  recoveryPhase,
  seo,
]
