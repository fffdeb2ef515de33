import type { EntitySeed, PersonSeed, RegionSeed, SourceSeed, TreatmentSeed } from '../types'

/**
 * Shared, reusable documents. An article refers to them by slug and keeps its
 * own article-specific wording on the reference entry, so one "Poor Posture"
 * cause serves every article that needs it.
 */

export const regions: RegionSeed[] = [
  {
    slug: 'hip-and-pelvis',
    name: 'Hip and Pelvis',
    description: 'Muscles, joints and tendons around the hip joint, buttock and pelvis.',
    order: 1,
  },
  {
    slug: 'lower-back',
    name: 'Lower Back',
    description: 'The lumbar spine, its discs and the muscles that support the lower back.',
    order: 2,
  },
  {
    slug: 'knee',
    name: 'Knee',
    description: 'The knee joint, kneecap, and the ligaments, tendons and muscles that move it.',
    order: 3,
  },
  {
    slug: 'shoulder',
    name: 'Shoulder',
    description: 'The shoulder joint, the rotator cuff tendons and the capsule and muscles that move the arm.',
    order: 4,
  },
  {
    slug: 'neck',
    name: 'Neck',
    description: 'The cervical spine, its discs and nerves, and the muscles that hold up and turn the head.',
    order: 5,
  },
  {
    slug: 'foot-and-ankle',
    name: 'Foot and Ankle',
    description: 'The heel, arch and ankle, with the plantar fascia, Achilles tendon and the muscles of the foot.',
    order: 6,
  },
]

export const causes: EntitySeed[] = [
  {
    slug: 'muscle-overuse',
    name: 'Muscle Overuse',
    summary: 'Repeating the same movement or load more than a muscle can recover from between sessions.',
  },
  {
    slug: 'poor-posture',
    name: 'Poor Posture',
    summary: 'Holding the body in strained positions for long periods, such as slouched sitting.',
  },
  {
    slug: 'muscle-imbalances',
    name: 'Muscle Imbalances',
    summary: 'One muscle group being much stronger, weaker or tighter than the muscles that work with it.',
  },
  {
    slug: 'sedentary-lifestyle',
    name: 'Sedentary Lifestyle',
    summary: 'Too little regular movement, which lets muscles weaken and tighten.',
  },
  {
    slug: 'injury-or-trauma',
    name: 'Injury or Trauma',
    summary: 'Damage from a fall, collision, accident or sudden awkward movement.',
  },
  {
    slug: 'stress-and-tension',
    name: 'Stress and Tension',
    summary: 'Emotional stress that shows up as ongoing, often unnoticed, muscle tension.',
  },
  {
    slug: 'biomechanical-issues',
    name: 'Biomechanical Issues',
    summary: 'Differences in how the body moves or is built, such as gait changes or leg length differences.',
  },
]

export const symptoms: EntitySeed[] = [
  {
    slug: 'localized-pain',
    name: 'Localized Pain',
    summary: 'Pain felt in one specific, identifiable area.',
  },
  {
    slug: 'hip-pain',
    name: 'Hip Pain',
    summary: 'Pain in or around the hip joint, buttock or outer hip.',
  },
  {
    slug: 'weakness',
    name: 'Weakness',
    summary: 'Reduced strength or control in a muscle group.',
  },
  {
    slug: 'stiffness',
    name: 'Stiffness',
    summary: 'A feeling of tightness or reduced ease of movement, often after rest.',
  },
  {
    slug: 'referred-pain',
    name: 'Referred Pain',
    summary: 'Pain felt in a different place from where the problem actually is.',
  },
  {
    slug: 'balance-issues',
    name: 'Balance Issues',
    summary: 'Difficulty staying steady when standing, walking or changing direction.',
  },
  {
    slug: 'altered-gait',
    name: 'Altered Gait',
    summary: 'A change in the way a person walks, such as a limp.',
  },
  {
    slug: 'sleep-disturbances',
    name: 'Sleep Disturbances',
    summary: 'Pain or discomfort that makes it hard to fall or stay asleep.',
  },
]

export const treatments: TreatmentSeed[] = [
  {
    slug: 'physical-therapy',
    name: 'Physical Therapy',
    kind: 'conventional',
    summary: 'A programme of exercise, manual therapy and advice led by a licensed physical therapist.',
  },
  {
    slug: 'medications',
    name: 'Medications',
    kind: 'conventional',
    summary: 'Pain relievers and anti-inflammatory or muscle-relaxing medicines, over the counter or prescribed.',
  },
  {
    slug: 'injections',
    name: 'Injections',
    kind: 'conventional',
    summary: 'Injections given by a clinician, such as corticosteroid injections, for persistent pain.',
  },
  {
    slug: 'acupuncture',
    name: 'Acupuncture',
    kind: 'alternative',
    summary: 'Thin needles inserted at specific points on the body by a trained practitioner.',
  },
  {
    slug: 'chiropractic-care',
    name: 'Chiropractic Care',
    kind: 'alternative',
    summary: 'Spinal adjustments and soft tissue techniques performed by a chiropractor.',
  },
  {
    slug: 'massage-therapy',
    name: 'Massage Therapy',
    kind: 'alternative',
    summary: 'Hands-on work on muscles and soft tissue by a massage therapist.',
  },
  {
    slug: 'stretching-and-strengthening-exercises',
    name: 'Stretching and Strengthening Exercises',
    kind: 'home',
    summary: 'Regular stretches and strengthening exercises done at home.',
  },
  {
    slug: 'foam-rolling',
    name: 'Foam Rolling',
    kind: 'home',
    summary: 'Self-massage using a foam roller to ease muscle tightness.',
  },
  {
    slug: 'heat-and-cold-therapy',
    name: 'Heat and Cold Therapy',
    kind: 'home',
    summary: 'Warm or cold packs applied to ease pain, stiffness or swelling.',
  },
  {
    slug: 'topical-analgesics',
    name: 'Topical Analgesics',
    kind: 'home',
    summary: 'Pain-relieving creams, gels or patches applied to the skin.',
  },
]

export const sources: SourceSeed[] = [
  {
    key: 'dry-needling-gluteus-medius-strength',
    title:
      'Effects of Trigger Point Dry Needling on Strength Measurements and Activation Levels of the Gluteus Medius',
  },
  { key: 'trigger-point-of-the-week-gluteus-medius', title: 'Trigger Point of the Week – Gluteus Medius' },
  { key: 'acupuncture-gluteus-medius-pain', title: 'Acupuncture for Gluteus Medius Pain' },
  { key: 'treating-trigger-points-glutes', title: 'Treating Trigger Points in the Glutes' },
  { key: 'trigger-point-release-gluteus-medius', title: 'Trigger Point Release – Gluteus Medius' },
]

export const people: PersonSeed[] = [
  {
    slug: 'editorial-team',
    name: 'Health Portal Editorial Team',
    role: 'author',
    bio: 'The portal’s editors, who write and maintain its articles.',
  },
  {
    slug: 'clinical-review-panel',
    name: 'Clinical Review Panel (sample)',
    role: 'medicalReviewer',
    bio: 'A placeholder used by the sample dataset. Replace it with a named, qualified clinician before publishing real content.',
  },
  {
    slug: 'dr-amira-patel',
    name: 'Dr Amira Patel (sample reviewer)',
    credentials: 'MBBS, MRCGP',
    role: 'medicalReviewer',
    bio: 'A fictional general practitioner invented for the sample dataset. No real clinician has reviewed the articles credited to this name.',
  },
  {
    slug: 'dr-james-okafor',
    name: 'Dr James Okafor (sample reviewer)',
    credentials: 'MBChB, FRCS (Tr & Orth)',
    role: 'medicalReviewer',
    bio: 'A fictional trauma and orthopaedic surgeon invented for the sample dataset. No real clinician has reviewed the articles credited to this name.',
  },
  {
    slug: 'sofia-lindqvist',
    name: 'Sofia Lindqvist (sample author)',
    credentials: 'MSc, MCSP',
    role: 'author',
    bio: 'A fictional musculoskeletal physiotherapist and health writer invented for the sample dataset; the articles credited to her are sample content.',
  },
]
