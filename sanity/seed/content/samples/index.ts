import type { ArticleSeed } from '../../types'
import { achillesTendinopathy } from './achilles-tendinopathy'
import { cervicalRadiculopathy } from './cervical-radiculopathy'
import { frozenShoulder } from './frozen-shoulder'
import { greaterTrochantericPainSyndrome } from './greater-trochanteric-pain-syndrome'
import { hipFlexorStrain } from './hip-flexor-strain'
import { iliotibialBandSyndrome } from './iliotibial-band-syndrome'
import { mechanicalLowBackPain } from './mechanical-low-back-pain'
import { mechanicalNeckPain } from './mechanical-neck-pain'
import { patellofemoralPainSyndrome } from './patellofemoral-pain-syndrome'
import { piriformisSyndrome } from './piriformis-syndrome'
import { plantarFasciitis } from './plantar-fasciitis'
import { rotatorCuffTendinopathy } from './rotator-cuff-tendinopathy'
import { sciatica } from './sciatica'

/** Sample articles written for this project (each one is marked sample: true). */
export const sampleArticles: ArticleSeed[] = [
  greaterTrochantericPainSyndrome,
  piriformisSyndrome,
  hipFlexorStrain,
  mechanicalLowBackPain,
  sciatica,
  patellofemoralPainSyndrome,
  iliotibialBandSyndrome,
  rotatorCuffTendinopathy,
  frozenShoulder,
  mechanicalNeckPain,
  cervicalRadiculopathy,
  plantarFasciitis,
  achillesTendinopathy,
]
