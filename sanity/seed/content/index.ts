import type { SeedBundle } from '../compile'
import { causes, people, regions, sources, symptoms, treatments } from './entities'
import { gluteusMediusTriggerPoints } from './gluteus-medius-trigger-points'
import { sampleCauses, sampleSources, sampleSymptoms, sampleTreatments } from './sample-entities'
import { sampleArticles } from './samples'

export const seedBundle: SeedBundle = {
  regions,
  causes: [...causes, ...sampleCauses],
  symptoms: [...symptoms, ...sampleSymptoms],
  treatments: [...treatments, ...sampleTreatments],
  sources: [...sources, ...sampleSources],
  people,
  articles: [gluteusMediusTriggerPoints, ...sampleArticles],
}
