import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const patellofemoralPainSyndrome: ArticleSeed = {
  slug: 'patellofemoral-pain-syndrome',
  conditionName: 'Patellofemoral Pain Syndrome',
  title: 'Patellofemoral Pain Syndrome: Causes, Symptoms and Treatment',
  region: 'knee',
  summary:
    'Patellofemoral pain syndrome causes aching around the kneecap on stairs, squats and sitting. Learn causes, symptoms, exercise-based treatment and recovery.',
  sample: true,
  introduction: [
    'Patellofemoral pain syndrome (PFPS), sometimes called runner’s knee or anterior knee pain, is pain around or behind the kneecap (patella). It comes from the patellofemoral joint, where the back of the kneecap glides in a groove at the end of the thigh bone as the knee bends and straightens.',
    'PFPS is one of the most common causes of knee pain in teenagers and adults. It affects runners, cyclists and people who play jumping sports, but it is also common in people who are not especially active. Typically, it hurts during activities that load the bent knee, such as squatting, climbing stairs, running downhill, or getting up after sitting for a while.',
    'PFPS does not usually mean the knee is damaged, and it is not the same as arthritis. The most effective treatment is a structured exercise program to strengthen the muscles around the hip and knee, combined with sensible changes to activity. This article explains the likely causes, the typical symptoms, when to get checked, and what helps.',
  ],
  causesIntro:
    'There is rarely one single cause of PFPS. It usually develops when the load on the patellofemoral joint exceeds what the knee can currently tolerate. Contributing factors include:',
  causes: [
    {
      cause: 'muscle-overuse',
      detail:
        'Repeated running, jumping, squatting or stair climbing loads the joint behind the kneecap many times. Without enough recovery, this can make the area sensitive and painful.',
    },
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'Rapidly increasing training volume, adding hills, or starting a new sport or exercise class is a common trigger, as the knee has not had time to adapt.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Weakness in the quadriceps at the front of the thigh or in the hip muscles that control the thigh is commonly found in people with PFPS and is a key target of treatment.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'The knee drifting inward during squats, landing or running, or differences in how the foot and kneecap are aligned, can change how pressure spreads across the joint.',
    },
    {
      cause: 'reduced-flexibility',
      detail:
        'Tightness in the quadriceps, hamstrings or calf muscles may increase pressure behind the kneecap in some people.',
    },
    {
      cause: 'injury-or-trauma',
      detail: 'Less often, a direct blow to the kneecap, such as a fall onto the knee, can set off symptoms.',
    },
  ],
  causesSummary:
    'PFPS is best thought of as an overloaded, sensitive knee. Adjusting activity levels and building strength around the hip and knee address the most common contributing factors.',
  symptomsIntro:
    'PFPS usually comes on gradually and can affect one or both knees. The pain is often described as a dull ache around or behind the kneecap that is hard to pinpoint.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less commonly, people notice:',
  symptoms: [
    {
      symptom: 'knee-pain',
      frequency: 'common',
      detail: 'A dull, aching pain around or behind the kneecap, sometimes becoming sharper with certain movements.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain with activities that load the bent knee, such as going up or down stairs, squatting, kneeling, running (especially downhill) and jumping.',
    },
    {
      symptom: 'pain-when-sitting',
      frequency: 'common',
      detail:
        'Aching after sitting with the knees bent for a while, for example in a movie theater, car or classroom, which often eases when the leg is straightened.',
    },
    {
      symptom: 'clicking-or-grinding',
      frequency: 'common',
      detail:
        'A clicking, creaking or grinding feeling behind the kneecap. On its own this is common in healthy knees and is not necessarily a sign of damage.',
    },
    {
      symptom: 'swelling',
      frequency: 'lessCommon',
      detail:
        'Mild puffiness may occur after activity. Marked or sudden swelling is not typical of PFPS and should be checked.',
    },
    {
      symptom: 'stiffness',
      frequency: 'lessCommon',
      detail: 'The knee may feel stiff after rest, particularly after sitting for a long time.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail: 'The knee may feel weak or briefly give way on stairs, usually because pain makes the thigh muscles switch off.',
    },
  ],
  symptomsClosing:
    'PFPS is diagnosed mainly from your symptoms and an examination. X-rays or scans are usually not needed unless another problem, such as a ligament injury or arthritis, is suspected.',
  whenToSeeDoctorIntro:
    'PFPS is not dangerous, but knee pain can have other causes that need prompt treatment. Get medical advice if you notice any of the following:',
  whenToSeeDoctor: [
    {
      title: 'A Hot, Red, Swollen Knee With Fever',
      urgency: 'emergency',
      detail:
        'A hot, swollen, very painful knee, especially with fever or feeling unwell, may be a joint infection. Seek emergency care straight away.',
    },
    {
      title: 'Unable to Bear Weight or a Deformed Knee After Injury',
      urgency: 'emergency',
      detail:
        'If you cannot put weight on the leg after a fall or twist, or the kneecap or knee looks out of place, go to an emergency department.',
    },
    {
      title: 'Rapid Swelling, Locking or Giving Way After an Injury',
      urgency: 'urgent',
      detail:
        'Swelling within hours of an injury, a knee that locks or catches, or repeated giving way may indicate a ligament, cartilage or kneecap injury and should be assessed promptly.',
    },
    {
      title: 'Knee Pain in a Child With Hip Pain or a Limp',
      urgency: 'urgent',
      detail:
        'In children and teenagers, some hip problems show up as knee pain. A limp, hip or groin pain, or difficulty walking should be checked promptly by a doctor.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'If knee pain has not improved after a few weeks of self-care, or it is stopping you from doing everyday activities or sport, see a doctor or physical therapist.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will check how your knee moves, where it hurts and how well the muscles around the hip and knee are working. This helps rule out other causes and guides your exercise plan.\n\nFor people who play sport, a sports medicine doctor or physical therapist can also advise on adjusting training.',
  treatmentsIntro:
    'Exercise therapy is the best-supported treatment for PFPS. Other options can help manage pain in the short term, especially when combined with exercise.',
  treatments: [
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can guide a program that combines hip and knee strengthening, which international consensus recommends as a core treatment, and help you return to activity step by step.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Exercises such as wall sits, step-ups, leg presses, bridges and side-lying leg raises strengthen the thigh and hip muscles. Some discomfort during exercise is acceptable if it settles quickly afterward; pain that lingers into the next day means the load needs adjusting.',
    },
    {
      treatment: 'activity-modification',
      detail:
        'Temporarily reduce activities that provoke pain, such as deep squats, downhill running or long runs, rather than stopping activity completely. Cycling or swimming may be tolerated while the knee settles.',
    },
    {
      treatment: 'orthotics',
      detail:
        'Prefabricated foot orthoses may help reduce pain in the short term for some people, particularly when combined with exercise.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'An ice pack wrapped in a cloth for 15 to 20 minutes after activity may ease pain. Protect the skin from direct contact with ice.',
    },
    {
      treatment: 'medications',
      detail:
        'Over-the-counter pain relief may help you stay active during flare-ups. Check with a pharmacist or doctor about what is suitable for you.',
    },
    {
      treatment: 'foam-rolling',
      detail:
        'Some people find that rolling the thigh muscles eases tightness. Evidence for a direct effect on PFPS is limited, so treat it as an optional extra alongside strengthening.',
    },
  ],
  treatmentsClosing:
    'Surgery is very rarely needed for PFPS. The most reliable approach is combining strengthening exercises with sensible load management, and continuing them once symptoms improve.',
  recovery: {
    overview:
      'PFPS usually improves gradually. Many people notice progress after six to twelve weeks of consistent exercise, although symptoms can come and go for longer, especially if activity is increased quickly.',
    minWeeks: 6,
    maxWeeks: 12,
    phases: [
      {
        name: 'Calming the knee',
        intro: 'In the first weeks, reduce provoking loads while starting gentle strengthening:',
        steps: [
          'Cut back on the activities that clearly trigger pain, such as deep squats and downhill running.',
          'Start pain-free strengthening for the hip and thigh muscles.',
          'Stay active with lower-impact exercise such as walking, cycling or swimming if tolerated.',
        ],
      },
      {
        name: 'Building capacity',
        intro: 'As the knee settles, progress exercises and return to your usual activities:',
        steps: [
          'Increase exercise resistance and add single-leg and functional movements such as step-downs.',
          'Reintroduce running, jumping and sport gradually, increasing volume in small steps.',
          'Keep up a strength routine two or three times a week to help prevent recurrence.',
        ],
      },
    ],
    complications:
      'PFPS can become persistent or recurrent if load is increased too quickly or exercises are stopped early. If symptoms change or new swelling, locking or giving way develops, get reassessed.',
    tips: [
      'Use the next-morning test: if the knee is worse the day after activity, scale back slightly.',
      'Increase training volume gradually and mix in rest days.',
      'Keep doing your strengthening exercises even once the pain has settled.',
    ],
    summary:
      'With patience, progressive strengthening and smart activity changes, most people with PFPS can return to the activities they enjoy.',
  },
  conclusion: [
    'Patellofemoral pain syndrome is a common cause of aching around the kneecap, especially with stairs, squats and sitting. It reflects an overloaded, sensitive knee rather than serious damage, and exercise to strengthen the hip and knee is the treatment with the strongest support.',
    'Seek urgent care for a hot, swollen knee, an inability to bear weight after injury, or a child with knee pain and a limp. This sample article provides general information only and does not replace individual medical advice.',
  ],
  sources: ['crossley-2016-patellofemoral-pain-consensus-part-2', 'nhs-knee-pain'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-10-19T09:00:00Z',
  lastReviewed: '2026-11-02',
  nextReviewDue: '2027-11-02',
}
