import type { EntitySeed, SourceSeed, TreatmentSeed } from '../types'

/**
 * Shared entities introduced by the sample articles in ./samples. They extend
 * (and never redeclare) the slugs in ./entities.ts.
 */

export const sampleCauses: EntitySeed[] = [
  {
    slug: 'sudden-increase-in-activity',
    name: 'Sudden Increase in Activity',
    summary: 'Doing much more exercise or physical work than usual in a short time, before the body has adapted.',
  },
  {
    slug: 'disc-herniation',
    name: 'Disc Herniation',
    summary: 'A spinal disc bulging or rupturing so that its soft inner material presses on or irritates a nearby nerve.',
  },
  {
    slug: 'age-related-changes',
    name: 'Age-Related Changes',
    summary: 'Gradual changes in tendons, discs and joints that happen naturally as the body ages.',
  },
  {
    slug: 'prolonged-sitting',
    name: 'Prolonged Sitting',
    summary: 'Sitting for long periods without a break, which can compress tissues and leave joints feeling stiff.',
  },
  {
    slug: 'spinal-stenosis',
    name: 'Spinal Stenosis',
    summary: 'Narrowing of the spaces within the spine that can put pressure on the spinal nerves.',
  },
  {
    slug: 'excess-body-weight',
    name: 'Excess Body Weight',
    summary: 'Carrying extra body weight, which increases the load on the spine, hips and knees.',
  },
  {
    slug: 'heavy-lifting',
    name: 'Heavy or Awkward Lifting',
    summary: 'Lifting, carrying or twisting with loads that are heavy or handled awkwardly.',
  },
  {
    slug: 'inadequate-warm-up',
    name: 'Inadequate Warm-Up',
    summary: 'Starting fast or forceful exercise without first preparing the muscles with lighter movement.',
  },
  {
    slug: 'previous-injury',
    name: 'Previous Injury',
    summary: 'An earlier injury to the same area that has not fully recovered or has left it weaker.',
  },
  {
    slug: 'smoking',
    name: 'Smoking',
    summary: 'Tobacco use, which is linked to poorer tissue health and slower healing.',
  },
  {
    slug: 'reduced-flexibility',
    name: 'Reduced Flexibility',
    summary: 'Tight muscles or stiff joints that limit the normal range of movement.',
  },
  {
    slug: 'training-errors',
    name: 'Training Errors',
    summary: 'Exercise habits that overload tissues, such as too little recovery, worn-out footwear or repetitive downhill running.',
  },
  {
    slug: 'diabetes',
    name: 'Diabetes',
    summary: 'A long-term condition with raised blood sugar that is linked to a higher risk of some joint, tendon and nerve problems.',
  },
  {
    slug: 'immobilization',
    name: 'Immobilization',
    summary: 'Keeping a joint or limb still for a long time, for example in a sling or cast after an injury or operation.',
  },
  {
    slug: 'prolonged-standing',
    name: 'Prolonged Standing',
    summary: 'Standing or walking for much of the day, especially on hard floors, which keeps a steady load on the feet and legs.',
  },
]

export const sampleSymptoms: EntitySeed[] = [
  {
    slug: 'numbness-and-tingling',
    name: 'Numbness and Tingling',
    summary: 'Reduced feeling, pins and needles or a prickling sensation in part of the body.',
  },
  {
    slug: 'knee-pain',
    name: 'Knee Pain',
    summary: 'Pain in or around the knee joint or kneecap.',
  },
  {
    slug: 'lower-back-pain',
    name: 'Lower Back Pain',
    summary: 'Pain, aching or discomfort in the lower part of the back.',
  },
  {
    slug: 'pain-when-sitting',
    name: 'Pain When Sitting',
    summary: 'Pain that builds up or worsens during or after a period of sitting.',
  },
  {
    slug: 'swelling',
    name: 'Swelling',
    summary: 'Puffiness or enlargement of tissue caused by fluid build-up or inflammation.',
  },
  {
    slug: 'leg-pain',
    name: 'Leg Pain',
    summary: 'Pain felt in the thigh, calf or foot, including pain that travels down the leg.',
  },
  {
    slug: 'tenderness',
    name: 'Tenderness',
    summary: 'Pain or soreness when a particular spot is pressed or touched.',
  },
  {
    slug: 'activity-related-pain',
    name: 'Activity-Related Pain',
    summary: 'Pain that starts or worsens during or after specific movements or activities.',
  },
  {
    slug: 'clicking-or-grinding',
    name: 'Clicking or Grinding',
    summary: 'Clicking, snapping, rubbing or grinding sensations or sounds when a joint moves.',
  },
  {
    slug: 'muscle-spasms',
    name: 'Muscle Spasms',
    summary: 'Sudden, involuntary tightening of a muscle that can be painful.',
  },
  {
    slug: 'bruising',
    name: 'Bruising',
    summary: 'Discoloration of the skin caused by bleeding from small blood vessels beneath it.',
  },
  {
    slug: 'shoulder-pain',
    name: 'Shoulder Pain',
    summary: 'Pain in or around the shoulder joint, often felt at the front, side or top of the shoulder or the upper arm.',
  },
  {
    slug: 'neck-pain',
    name: 'Neck Pain',
    summary: 'Pain, aching or soreness in the neck, sometimes spreading to the shoulders or upper back.',
  },
  {
    slug: 'arm-pain',
    name: 'Arm Pain',
    summary: 'Pain felt in the upper arm, forearm or hand, including pain that travels down the arm.',
  },
  {
    slug: 'heel-pain',
    name: 'Heel Pain',
    summary: 'Pain under the heel or at the back of the heel.',
  },
  {
    slug: 'reduced-range-of-motion',
    name: 'Reduced Range of Motion',
    summary: 'Being unable to move a joint as far as usual in one or more directions.',
  },
  {
    slug: 'headache',
    name: 'Headache',
    summary: 'Pain or pressure felt in the head, which can sometimes start from the neck.',
  },
]

export const sampleTreatments: TreatmentSeed[] = [
  {
    slug: 'activity-modification',
    name: 'Activity Modification',
    kind: 'home',
    summary: 'Temporarily changing or reducing activities that aggravate symptoms while staying as active as is comfortable.',
  },
  {
    slug: 'shockwave-therapy',
    name: 'Shockwave Therapy',
    kind: 'conventional',
    summary: 'Pulses of acoustic energy delivered through the skin by a clinician to treat some persistent tendon problems.',
  },
  {
    slug: 'yoga',
    name: 'Yoga',
    kind: 'alternative',
    summary: 'A mind-body practice combining postures, breathing and relaxation to build flexibility and strength.',
  },
  {
    slug: 'walking',
    name: 'Walking',
    kind: 'home',
    summary: 'Regular walking at a comfortable pace to stay active and support recovery.',
  },
  {
    slug: 'surgery',
    name: 'Surgery',
    kind: 'conventional',
    summary: 'An operation considered when symptoms are severe or do not improve with other treatments.',
  },
  {
    slug: 'cognitive-behavioral-therapy',
    name: 'Cognitive Behavioral Therapy',
    kind: 'conventional',
    summary: 'A talking therapy that helps people manage pain by working on unhelpful thoughts, feelings and behaviors.',
  },
  {
    slug: 'orthotics',
    name: 'Orthotics',
    kind: 'conventional',
    summary: 'Shoe inserts or supports designed to change how forces pass through the foot and leg.',
  },
  {
    slug: 'supportive-footwear',
    name: 'Supportive Footwear',
    kind: 'home',
    summary: 'Wearing well-fitting shoes with cushioning and support, and avoiding flat, worn or unsupportive shoes.',
  },
]

export const sampleSources: SourceSeed[] = [
  {
    key: 'nice-ng59-low-back-pain-sciatica',
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    url: 'https://www.nice.org.uk/guidance/ng59',
    year: 2016,
  },
  {
    key: 'nhs-back-pain',
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    key: 'nhs-sciatica',
    title: 'Sciatica',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/sciatica/',
  },
  {
    key: 'nhs-hip-pain',
    title: 'Hip pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/hip-pain/',
  },
  {
    key: 'nhs-knee-pain',
    title: 'Knee pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/knee-pain/',
  },
  {
    key: 'nhs-sprains-and-strains',
    title: 'Sprains and strains',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  {
    key: 'aaos-orthoinfo-hip-bursitis',
    title: 'Hip Bursitis',
    publisher: 'American Academy of Orthopaedic Surgeons (OrthoInfo)',
  },
  {
    key: 'mellor-2018-gluteal-tendinopathy-trial',
    title:
      'Education plus exercise versus corticosteroid injection use versus a wait and see approach on global outcome and pain from gluteal tendinopathy: prospective, single blinded, randomised clinical trial',
    publisher: 'BMJ',
    authors: 'Mellor R, Bennell K, Grimaldi A, Nicolson P, Kasza J, Hodges P, Wajswelner H, Vicenzino B',
    url: 'https://www.bmj.com/content/361/bmj.k1662',
    year: 2018,
  },
  {
    key: 'hopayian-2010-piriformis-syndrome-review',
    title: 'The clinical features of the piriformis syndrome: a systematic review',
    publisher: 'European Spine Journal',
    authors: 'Hopayian K, Song F, Riera R, Sambandan S',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2997212/',
    year: 2010,
  },
  {
    key: 'crossley-2016-patellofemoral-pain-consensus-part-2',
    title:
      '2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions)',
    publisher: 'British Journal of Sports Medicine',
    authors: 'Crossley KM, van Middelkoop M, Callaghan MJ, Collins NJ, Rathleff MS, Barton CJ',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4975825/',
    year: 2016,
  },
  {
    key: 'fairclough-2006-iliotibial-band-anatomy',
    title:
      'The functional anatomy of the iliotibial band during flexion and extension of the knee: implications for understanding iliotibial band syndrome',
    publisher: 'Journal of Anatomy',
    authors: 'Fairclough J, Hayashi K, Toumi H, Lyons K, Bydder G, Phillips N, Best TM, Benjamin M',
    year: 2006,
  },
  {
    key: 'hutchinson-2022-iliotibial-band-review',
    title: 'The Iliotibial Band: A Complex Structure with Versatile Functions',
    publisher: 'Sports Medicine',
    authors: 'Hutchinson LA, Lichtwark GA, Willy RW, Kelly LA',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9023415/',
    year: 2022,
  },
  {
    key: 'nhs-shoulder-pain',
    title: 'Shoulder pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/shoulder-pain/',
  },
  {
    key: 'nhs-frozen-shoulder',
    title: 'Frozen shoulder',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/frozen-shoulder/',
  },
  {
    key: 'nhs-neck-pain',
    title: 'Neck pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/neck-pain/',
  },
  {
    key: 'nhs-plantar-fasciitis',
    title: 'Plantar fasciitis',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/plantar-fasciitis/',
  },
  {
    key: 'nhs-achilles-tendinopathy',
    title: 'Achilles tendinopathy',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/achilles-tendinopathy/',
  },
  {
    key: 'nice-cks-shoulder-pain',
    title: 'Shoulder pain (Clinical Knowledge Summary)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
  },
  {
    key: 'nice-cks-neck-pain-non-specific',
    title: 'Neck pain - non-specific (Clinical Knowledge Summary)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
  },
  {
    key: 'nice-cks-neck-pain-cervical-radiculopathy',
    title: 'Neck pain - cervical radiculopathy (Clinical Knowledge Summary)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
  },
  {
    key: 'nice-cks-plantar-fasciitis',
    title: 'Plantar fasciitis (Clinical Knowledge Summary)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
  },
  {
    key: 'lewis-2016-rotator-cuff-related-shoulder-pain',
    title: 'Rotator cuff related shoulder pain: Assessment, management and uncertainties',
    publisher: 'Manual Therapy',
    authors: 'Lewis J',
    year: 2016,
  },
  {
    key: 'beard-2018-csaw-trial',
    title:
      'Arthroscopic subacromial decompression for subacromial shoulder pain (CSAW): a multicentre, pragmatic, parallel group, placebo-controlled, three-group, randomised surgical trial',
    publisher: 'The Lancet',
    authors: 'Beard DJ, Rees JL, Cook JA, Rombach I, Cooper C, Merritt N, et al.',
    year: 2018,
  },
  {
    key: 'rangan-2020-uk-frost-trial',
    title:
      'Management of adults with primary frozen shoulder in secondary care (UK FROST): a multicentre, pragmatic, three-arm, superiority randomised clinical trial',
    publisher: 'The Lancet',
    authors: 'Rangan A, Brealey SD, Keding A, Corbacho B, Northgraves M, Kottam L, et al.',
    year: 2020,
  },
  {
    key: 'blanpied-2017-neck-pain-guideline',
    title:
      'Neck Pain: Revision 2017. Clinical Practice Guidelines Linked to the International Classification of Functioning, Disability and Health From the Orthopaedic Section of the American Physical Therapy Association',
    publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
    authors: 'Blanpied PR, Gross AR, Elliott JM, Devaney LL, Clewley D, Walton DM, Sparks C, Robertson EK',
    year: 2017,
  },
  {
    key: 'bono-2011-cervical-radiculopathy-guideline',
    title:
      'An evidence-based clinical guideline for the diagnosis and treatment of cervical radiculopathy from degenerative disorders',
    publisher: 'The Spine Journal',
    authors: 'Bono CM, Ghiselli G, Gilbert TJ, Kreiner DS, Reitman C, Summers JT, et al.',
    year: 2011,
  },
  {
    key: 'martin-2014-plantar-fasciitis-guideline',
    title:
      'Heel Pain—Plantar Fasciitis: Revision 2014. Clinical Practice Guidelines Linked to the International Classification of Functioning, Disability, and Health From the Orthopaedic Section of the American Physical Therapy Association',
    publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
    authors: 'Martin RL, Davenport TE, Reischl SF, McPoil TG, Matheson JW, Wukich DK, McDonough CM',
    year: 2014,
  },
  {
    key: 'martin-2018-achilles-tendinopathy-guideline',
    title:
      'Achilles Pain, Stiffness, and Muscle Power Deficits: Midportion Achilles Tendinopathy Revision 2018. Clinical Practice Guidelines Linked to the International Classification of Functioning, Disability and Health From the Orthopaedic Section of the American Physical Therapy Association',
    publisher: 'Journal of Orthopaedic & Sports Physical Therapy',
    authors: 'Martin RL, Chimenti R, Cuddeford T, Houck J, Matheson JW, McDonough CM, et al.',
    year: 2018,
  },
]
