import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const sciatica: ArticleSeed = {
  slug: 'sciatica',
  conditionName: 'Sciatica',
  title: 'Sciatica: Causes, Symptoms and Treatment',
  region: 'lower-back',
  summary:
    'Sciatica is nerve pain from the lower back into the leg. Learn what causes it, typical symptoms, emergency warning signs, treatments and recovery time.',
  sample: true,
  introduction: [
    'Sciatica is the name for pain caused by irritation or compression of one or more of the nerve roots in the lower back that join to form the sciatic nerve. The sciatic nerve is the largest nerve in the body, running from the lower back through the buttock and down the back of each leg to the foot.',
    'Sciatica is a symptom rather than a diagnosis in itself. Its hallmark is pain that travels from the buttock down the leg, often below the knee, and it may come with numbness, tingling or weakness. The leg pain is frequently worse than any back pain.',
    'Although sciatica can be very painful and worrying, it usually improves on its own over several weeks with self-care and staying active. This article explains the common causes, the symptoms to expect, the rare warning signs that need emergency care, and the treatments that may help.',
  ],
  causesIntro:
    'Sciatica happens when something presses on or irritates a nerve root in the lower spine. The most common causes and risk factors include:',
  causes: [
    {
      cause: 'disc-herniation',
      detail:
        'The most common cause is a herniated or slipped disc, where part of the soft center of a spinal disc bulges out and irritates a nearby nerve root, both by pressure and by local inflammation.',
    },
    {
      cause: 'spinal-stenosis',
      detail:
        'Narrowing of the spinal canal or the openings where nerves leave the spine, more common in older adults, can squeeze the nerve roots. Leg symptoms are often worse when walking or standing and ease with sitting or bending forward.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'Gradual changes in the discs and joints of the spine with age can contribute to disc problems and narrowing around the nerves.',
    },
    {
      cause: 'heavy-lifting',
      detail:
        'Jobs or activities that involve repeated heavy lifting, bending and twisting are associated with a higher risk of disc-related sciatica.',
    },
    {
      cause: 'poor-posture',
      detail:
        'Posture does not cause sciatica on its own, but sitting slumped for long periods can increase pressure on irritated discs and aggravate symptoms in some people.',
    },
    {
      cause: 'excess-body-weight',
      detail: 'Extra body weight increases the load on the spine and is linked with a higher risk of sciatica.',
    },
    {
      cause: 'smoking',
      detail: 'Smoking is associated with poorer disc health and has been linked with an increased risk of sciatica.',
    },
  ],
  causesSummary:
    'Most sciatica is caused by a disc problem that settles with time. Less commonly, narrowing of the spine or other conditions are responsible, which is why persistent or unusual symptoms should be assessed.',
  symptomsIntro:
    'Sciatica usually affects one leg. Symptoms can range from a mild ache to severe, sharp or burning pain, and they often change with position and movement.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common but important symptoms include:',
  symptoms: [
    {
      symptom: 'leg-pain',
      frequency: 'common',
      detail:
        'Pain that runs from the buttock down the back or side of the leg, often into the calf or foot. It may feel sharp, shooting, burning or like an electric shock.',
    },
    {
      symptom: 'numbness-and-tingling',
      frequency: 'common',
      detail: 'Pins and needles or numbness in part of the leg or foot, usually along the path of the affected nerve.',
    },
    {
      symptom: 'lower-back-pain',
      frequency: 'common',
      detail: 'Some people also have back pain, although the leg pain is typically the main problem.',
    },
    {
      symptom: 'pain-when-sitting',
      frequency: 'common',
      detail:
        'With disc-related sciatica, pain often increases with sitting, bending, coughing or sneezing. With spinal stenosis, walking and standing tend to be worse.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail:
        'Weakness in the leg or foot, such as difficulty lifting the front of the foot or standing on tiptoe. New or worsening weakness should be assessed promptly.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail: 'Leg pain can make it hard to find a comfortable position at night and may disturb sleep.',
    },
    {
      symptom: 'altered-gait',
      frequency: 'lessCommon',
      detail: 'Pain or weakness may cause a limp or make it difficult to walk for long distances.',
    },
  ],
  symptomsClosing:
    'Most people do not need a scan when sciatica first starts. An MRI is usually considered if symptoms are severe, not improving, or if surgery or an injection is being considered, or if there are warning signs.',
  whenToSeeDoctorIntro:
    'Most sciatica can be managed with self-care and support from a doctor or physical therapist. However, some symptoms can signal serious nerve compression. Seek help as described below:',
  whenToSeeDoctor: [
    {
      title: 'Bladder or Bowel Problems, Saddle Numbness, or Symptoms in Both Legs',
      urgency: 'emergency',
      detail:
        'Difficulty peeing, loss of bladder or bowel control, numbness around the genitals or anus, or sciatica and weakness in both legs can indicate cauda equina syndrome. Go to an emergency department immediately, as delays can lead to permanent damage.',
    },
    {
      title: 'Worsening Weakness or Foot Drop',
      urgency: 'urgent',
      detail:
        'Weakness in the leg or foot that is new, severe or getting worse, including a foot that slaps or catches when walking, needs same-day medical assessment.',
    },
    {
      title: 'Fever, Unexplained Weight Loss or a History of Cancer',
      urgency: 'urgent',
      detail:
        'Back or leg pain with a high temperature, feeling very unwell, unexplained weight loss or a previous cancer diagnosis should be checked promptly.',
    },
    {
      title: 'Severe Pain or No Improvement After a Few Weeks',
      urgency: 'routine',
      detail:
        'See a doctor if pain is not improving after a few weeks, is getting worse, or is stopping you from doing normal activities, so that treatment can be reviewed.',
    },
  ],
  whenToSeeDoctorClosing:
    'A doctor will ask about your symptoms and test the strength, feeling and reflexes in your legs. This helps confirm sciatica and check for signs that need faster treatment.\n\nIf you are ever unsure whether a symptom is serious, seek advice rather than waiting.',
  treatmentsIntro:
    'Treatment for sciatica aims to ease pain and help you stay active while the nerve settles. Most people improve without surgery.',
  treatments: [
    {
      treatment: 'walking',
      detail:
        'Keep moving and continue daily activities as much as you can. Short, regular walks are usually better than long periods of bed rest, which can slow recovery.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Gentle exercises to keep the back and hips moving, followed by gradual strengthening, can help. Choose movements that ease or centralize the leg pain and avoid those that make it spread further down the leg.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail: 'Heat or cold packs on the lower back or buttock may ease pain and muscle tension for short periods.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can provide a tailored exercise program, advice on pacing activity and, where appropriate, manual therapy as part of a wider plan.',
    },
    {
      treatment: 'medications',
      detail:
        'A doctor or pharmacist can advise on suitable pain relief. The NICE guideline advises against several medicines for sciatica, including gabapentinoids, oral steroids and benzodiazepines, and against opioids for long-term sciatica, because of limited benefit and risk of harm.',
    },
    {
      treatment: 'injections',
      detail:
        'For acute and severe sciatica, a specialist may offer an epidural injection of local anesthetic and steroid to reduce pain while the nerve recovers.',
    },
    {
      treatment: 'surgery',
      detail:
        'An operation to relieve pressure on the nerve may be considered if pain and function have not improved with non-surgical treatment and scans show a matching cause, or urgently in cases of serious nerve compression.',
    },
  ],
  treatmentsClosing:
    'Deciding on injections or surgery is a shared decision with a specialist, weighing potential faster relief against risks. For most people, time, activity and simple measures are enough.',
  recovery: {
    overview:
      'Sciatica often improves within about four to six weeks, although some people have symptoms for longer, and numbness may take more time to settle than pain. Recovery rarely follows a straight line, so good and bad days are normal.',
    minWeeks: 4,
    maxWeeks: 12,
    phases: [
      {
        name: 'Managing the acute phase',
        intro: 'While pain is at its worst, focus on staying as active as you comfortably can:',
        steps: [
          'Keep up light daily activities and short walks, changing position regularly.',
          'Use heat, cold or pain relief recommended by a pharmacist or doctor.',
          'Try gentle movements that ease the leg pain, and stop those that make it worse.',
        ],
      },
      {
        name: 'Returning to normal activity',
        intro: 'As leg pain settles, gradually rebuild strength and activity levels:',
        steps: [
          'Progress to strengthening exercises for the back, hips and legs.',
          'Return to work, lifting and sport gradually, guided by symptoms.',
          'Maintain regular exercise to support long-term back health.',
        ],
      },
    ],
    complications:
      'A minority of people have persistent pain or lasting numbness or weakness. Any new or worsening weakness, or any bladder, bowel or saddle-area symptoms, should be treated as urgent.',
    tips: [
      'Avoid long periods of bed rest; gentle movement generally speeds recovery.',
      'Break up sitting with short walks if sitting increases your leg pain.',
      'Keep a simple record of symptoms so that you can report any changes clearly to your doctor.',
    ],
    summary:
      'Most sciatica settles over weeks with activity, self-care and time. Knowing the warning signs means you can act quickly in the rare cases when urgent treatment is needed.',
  },
  conclusion: [
    'Sciatica is nerve pain that travels from the lower back down the leg, most often because of a disc problem. It can be very painful, but most people recover without surgery by staying active and using simple measures, with extra treatment available when needed.',
    'Seek emergency care for bladder or bowel changes, saddle numbness or symptoms in both legs. This sample article is for general information only and is not a substitute for a personal assessment by a healthcare professional.',
  ],
  sources: ['nice-ng59-low-back-pain-sciatica', 'nhs-sciatica'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-09-28T09:00:00Z',
  lastReviewed: '2026-10-12',
  nextReviewDue: '2027-10-12',
}
