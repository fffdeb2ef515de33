import { article } from './documents/article'
import { bodyRegion } from './documents/body-region'
import { cause } from './documents/cause'
import { person } from './documents/person'
import { source } from './documents/source'
import { symptom } from './documents/symptom'
import { treatment } from './documents/treatment'
import { blockContent } from './objects/block-content'
import { careCard } from './objects/care-card'
import { causeEntry } from './objects/cause-entry'
import { causes } from './objects/causes'
import { conclusion } from './objects/conclusion'
import { introduction } from './objects/introduction'
import { recovery } from './objects/recovery'
import { recoveryPhase } from './objects/recovery-phase'
import { seo } from './objects/seo'
import { symptomEntry } from './objects/symptom-entry'
import { symptoms } from './objects/symptoms'
import { treatmentEntry } from './objects/treatment-entry'
import { treatments } from './objects/treatments'
import { whenToSeeDoctor } from './objects/when-to-see-doctor'

/** Documents editors create, then the objects an article is made of (one per section and entry). */
export const schemaTypes = [
  article,
  bodyRegion,
  cause,
  symptom,
  treatment,
  source,
  person,
  introduction,
  causes,
  causeEntry,
  symptoms,
  symptomEntry,
  whenToSeeDoctor,
  careCard,
  treatments,
  treatmentEntry,
  recovery,
  recoveryPhase,
  conclusion,
  blockContent,
  seo,
]
