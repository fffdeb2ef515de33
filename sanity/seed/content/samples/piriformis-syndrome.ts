import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const piriformisSyndrome: ArticleSeed = {
  slug: 'piriformis-syndrome',
  conditionName: 'Piriformis Syndrome',
  title: 'Piriformis Syndrome: Causes, Symptoms and Treatment',
  region: 'hip-and-pelvis',
  summary:
    'Piriformis syndrome explained: deep buttock pain that worsens with sitting, possible causes, warning signs, treatment options and what recovery involves.',
  sample: true,
  introduction: [
    'The piriformis is a small, flat muscle deep in the buttock. It runs from the base of the spine (the sacrum) to the top of the thigh bone and helps turn the hip outward and steady the pelvis. The large sciatic nerve passes very close to it, and in some people it runs through or around the muscle in slightly different ways.',
    'Piriformis syndrome describes buttock pain, sometimes with sciatica-like symptoms down the back of the leg, that is thought to come from the piriformis muscle irritating or pressing on the sciatic nerve. It remains a somewhat debated diagnosis: there is no single definitive test, and doctors usually make it after ruling out more common causes such as a problem in the lower back.',
    'Whatever the label, the symptoms are real and can be frustrating, especially for people who sit a lot. This article covers the factors thought to contribute, the typical symptoms, when to get urgent help, and the treatments most people find helpful.',
  ],
  causesIntro:
    'The exact cause is often unclear, and several factors may combine. The following are commonly linked with piriformis syndrome:',
  causes: [
    {
      cause: 'prolonged-sitting',
      detail:
        'Sitting for long periods, particularly on hard surfaces or with a wallet in a back pocket, places direct pressure on the buttock and can aggravate symptoms.',
    },
    {
      cause: 'muscle-overuse',
      detail:
        'Repetitive activities such as long-distance running, cycling or climbing stairs can overwork the deep hip rotators, including the piriformis.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A fall onto the buttock or a direct blow can cause bruising, swelling or muscle spasm near the sciatic nerve.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Weakness in the larger gluteal muscles may mean the smaller deep rotators work harder to stabilize the hip and pelvis.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Differences in how the sciatic nerve and piriformis are arranged, leg length differences, or walking patterns that twist the hip may make some people more prone to symptoms.',
    },
    {
      cause: 'sedentary-lifestyle',
      detail:
        'Long periods of inactivity can leave the hip muscles weak and stiff, so they cope less well when activity suddenly increases.',
    },
  ],
  causesSummary:
    'Piriformis syndrome usually reflects a mix of local pressure, muscle overload and individual anatomy. Because it can look very similar to sciatica from the spine, it is important that other causes have been considered.',
  symptomsIntro:
    'Symptoms usually affect one side and tend to be worse during or after sitting, or with activities that tighten or stretch the piriformis.',
  commonSymptomsLead: 'Commonly reported symptoms include:',
  lessCommonSymptomsLead: 'Less commonly, people experience:',
  symptoms: [
    {
      symptom: 'localized-pain',
      frequency: 'common',
      detail: 'A deep ache in the middle of one buttock, sometimes described as a knot or a constant dull pain.',
    },
    {
      symptom: 'pain-when-sitting',
      frequency: 'common',
      detail:
        'Pain typically builds the longer you sit, and many people shift their weight to the other side or need to stand up regularly.',
    },
    {
      symptom: 'leg-pain',
      frequency: 'common',
      detail:
        'Aching or burning pain may travel from the buttock down the back of the thigh, similar to sciatica, though it does not always reach below the knee.',
    },
    {
      symptom: 'tenderness',
      frequency: 'common',
      detail: 'Pressing deep into the buttock, near the bony notch where the sciatic nerve exits the pelvis, is often sore.',
    },
    {
      symptom: 'numbness-and-tingling',
      frequency: 'lessCommon',
      detail: 'Pins and needles or reduced feeling may be felt in the buttock or down the back of the leg.',
    },
    {
      symptom: 'stiffness',
      frequency: 'lessCommon',
      detail: 'The hip may feel tight, especially when turning the leg inward or crossing one leg over the other.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail: 'Lying on the affected side or in certain positions may be uncomfortable enough to disturb sleep.',
    },
  ],
  symptomsClosing:
    'Because a slipped disc or narrowing in the lower spine can cause very similar symptoms, a clinician will usually check your back, nerves and hip before settling on piriformis syndrome. Imaging is often normal and is mainly used to rule out other causes.',
  whenToSeeDoctorIntro:
    'Most buttock pain is not serious, but some symptoms can point to pressure on the nerves at the base of the spine or another condition needing prompt care. Get help if you notice:',
  whenToSeeDoctor: [
    {
      title: 'Loss of Bladder or Bowel Control, or Numbness Around the Genitals or Anus',
      urgency: 'emergency',
      detail:
        'Difficulty peeing, loss of bladder or bowel control, or numbness in the saddle area (between the legs and around the buttocks) can be signs of cauda equina syndrome. Go to an emergency department immediately.',
    },
    {
      title: 'Leg Weakness or Foot Drop',
      urgency: 'urgent',
      detail:
        'New weakness in the leg, difficulty lifting the front of the foot, or symptoms in both legs need assessment the same day.',
    },
    {
      title: 'Fever or Feeling Unwell With Buttock or Back Pain',
      urgency: 'urgent',
      detail: 'A high temperature, chills or feeling generally unwell alongside pain may indicate infection and should be checked promptly.',
    },
    {
      title: 'Symptoms That Persist or Keep Returning',
      urgency: 'routine',
      detail:
        'See a doctor or physical therapist if pain has not started to improve after a few weeks, or it keeps interfering with work, sitting or sleep.',
    },
  ],
  whenToSeeDoctorClosing:
    'A doctor or physical therapist will ask about your symptoms and examine your back, hip and leg. They may suggest tests if the diagnosis is unclear or symptoms are severe.\n\nGetting the right diagnosis matters, because treatment for a spinal cause of sciatica can differ from treatment for piriformis syndrome.',
  treatmentsIntro:
    'Treatment is usually conservative, combining self-care with a guided exercise program. The options below are commonly used, and most people need a combination.',
  treatments: [
    {
      treatment: 'activity-modification',
      detail:
        'Break up long periods of sitting, use a cushion on hard seats, remove items from back pockets, and temporarily reduce activities that clearly provoke your symptoms.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Gentle stretches for the buttock and hip rotators, along with strengthening for the gluteal and trunk muscles, are a mainstay of treatment. Stretches should feel comfortable and should not increase leg symptoms.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can confirm which structures are involved, tailor an exercise plan, and use hands-on techniques and advice on movement and sitting habits.',
    },
    {
      treatment: 'massage-therapy',
      detail: 'Massage of the buttock and hip muscles may temporarily ease tension and pain for some people.',
    },
    {
      treatment: 'foam-rolling',
      detail:
        'Gently rolling the buttock on a foam roller or soft ball can ease tightness. Avoid pressing hard directly over areas that reproduce tingling or shooting pain.',
    },
    {
      treatment: 'yoga',
      detail:
        'Gentle yoga focused on hip mobility and relaxation may help some people. Modify or skip poses that provoke leg symptoms.',
    },
    {
      treatment: 'medications',
      detail:
        'Over-the-counter pain relievers or anti-inflammatory medicines may help short term. Ask a pharmacist or doctor which is suitable for you.',
    },
    {
      treatment: 'injections',
      detail:
        'If symptoms persist despite other treatment, a specialist may offer an injection into the piriformis muscle, usually guided by imaging. The evidence for injections is limited, so they are generally reserved for persistent cases.',
    },
  ],
  treatmentsClosing:
    'Surgery is rarely considered and only after thorough specialist assessment. For most people, patience, a consistent exercise routine and changes to sitting habits bring steady improvement.',
  recovery: {
    overview:
      'Recovery varies widely. Many people notice improvement within a few weeks of starting exercises and changing sitting habits, while longer-standing symptoms may take a few months to settle fully.',
    minWeeks: 4,
    maxWeeks: 12,
    phases: [
      {
        name: 'Easing symptoms',
        intro: 'Early on, the focus is on reducing irritation while staying active:',
        steps: [
          'Take short standing or walking breaks from sitting at least every 30 to 45 minutes.',
          'Begin gentle, pain-free hip and buttock stretches once or twice a day.',
          'Use over-the-counter pain relief or heat if helpful and suitable for you.',
        ],
      },
      {
        name: 'Restoring strength and tolerance',
        intro: 'As pain settles, gradually rebuild strength and return to usual activities:',
        steps: [
          'Add strengthening exercises such as bridges, side-lying leg lifts and squats.',
          'Increase running, cycling or other sports gradually rather than returning at full volume.',
          'Keep a short maintenance routine going after symptoms have cleared.',
        ],
      },
    ],
    complications:
      'Symptoms may return if sitting habits or training loads go back to what triggered them. If leg symptoms worsen or new numbness or weakness appears, seek reassessment.',
    tips: [
      'Set a reminder to stand up and move regularly when working at a desk or driving long distances.',
      'Do not stretch into sharp, shooting or tingling pain; stretches should feel gentle.',
      'Increase activity in small steps so your body has time to adapt.',
    ],
    summary:
      'With simple changes to sitting habits, a regular exercise program and time, most people with piriformis syndrome improve without invasive treatment.',
  },
  conclusion: [
    'Piriformis syndrome causes deep buttock pain, often worse with sitting, and can produce sciatica-like symptoms down the leg. Because it shares symptoms with spinal conditions, a proper assessment is the best first step, and urgent help is needed for any bladder, bowel or saddle-area symptoms.',
    'Most people improve with conservative care focused on movement, exercise and reducing pressure on the buttock. This sample article is general information and is not a substitute for advice from a qualified clinician.',
  ],
  sources: ['hopayian-2010-piriformis-syndrome-review', 'nhs-sciatica'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-07-06T09:00:00Z',
  lastReviewed: '2026-07-20',
  nextReviewDue: '2027-07-20',
}
