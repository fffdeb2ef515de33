import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const cervicalRadiculopathy: ArticleSeed = {
  slug: 'cervical-radiculopathy',
  conditionName: 'Cervical Radiculopathy',
  title: 'Cervical Radiculopathy (Trapped Nerve in the Neck): Causes, Symptoms and Treatment',
  region: 'neck',
  summary:
    'Cervical radiculopathy is nerve pain from the neck into the arm. Learn what causes it, its symptoms, urgent warning signs, treatment options and recovery time.',
  sample: true,
  introduction: [
    'Cervical radiculopathy is the medical name for symptoms caused when a nerve root in the neck is compressed or irritated as it leaves the spinal canal. It is often called a trapped or pinched nerve in the neck. The nerve roots of the neck carry feeling and strength to the shoulder, arm and hand, so the main symptoms are usually felt in the arm rather than the neck.',
    'The typical picture is pain that spreads from the neck into the shoulder blade, shoulder and down one arm, sometimes into particular fingers, with pins and needles, numbness or weakness along the same path. The arm pain can be severe and is often worse than the neck pain.',
    'Cervical radiculopathy is most common in people in their 40s and 50s. Although it can be very painful, most people improve over weeks to months without surgery. This article explains the causes, the symptoms, the signs that need urgent or emergency help, and the treatments that may be offered.',
  ],
  causesIntro:
    'Cervical radiculopathy happens when something narrows the space around a nerve root or inflames it. The most common causes and risk factors are:',
  causes: [
    {
      cause: 'age-related-changes',
      detail:
        'Wear-related changes in the neck (cervical spondylosis), such as thinning discs and bony spurs on the small joints, are the most common cause in older adults, gradually narrowing the opening through which the nerve root leaves the spine.',
    },
    {
      cause: 'disc-herniation',
      detail:
        'In younger adults, a bulging or herniated disc is a more common cause. Disc material presses on the nerve root and releases chemicals that inflame it, which is why symptoms can start suddenly.',
    },
    {
      cause: 'spinal-stenosis',
      detail:
        'Narrowing of the nerve root openings (foraminal stenosis) or of the spinal canal itself can compress one or more nerves. Narrowing of the canal can also press on the spinal cord, which needs prompt attention.',
    },
    {
      cause: 'heavy-lifting',
      detail:
        'Jobs or activities that involve heavy lifting, carrying loads on the head or shoulders, or operating vibrating equipment have been linked with a higher risk.',
    },
    {
      cause: 'injury-or-trauma',
      detail: 'Less commonly, a neck injury such as a fall, a sports collision or a car accident can trigger symptoms.',
    },
    {
      cause: 'smoking',
      detail: 'Smoking is associated with faster disc degeneration and has been linked with a higher risk of radiculopathy.',
    },
  ],
  causesSummary:
    'Most cases are caused by age-related changes or a disc problem that settle with time. Rarely, a tumor, infection or inflammatory condition is responsible, which is why persistent or unusual symptoms should be checked by a doctor.',
  symptomsIntro:
    'Symptoms usually affect one arm. They may start suddenly, sometimes on waking, or build up gradually, and they often change with the position of the head and neck.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common but important symptoms include:',
  symptoms: [
    {
      symptom: 'arm-pain',
      frequency: 'common',
      detail:
        'Sharp, burning or shooting pain that travels from the neck or shoulder blade down the arm, sometimes into the hand. Looking up or turning the head toward the painful side often makes it worse.',
    },
    {
      symptom: 'numbness-and-tingling',
      frequency: 'common',
      detail:
        'Pins and needles, numbness or a burning feeling in part of the arm or hand, often in a strip that matches the affected nerve, such as the thumb and index finger or the middle finger.',
    },
    {
      symptom: 'neck-pain',
      frequency: 'common',
      detail: 'Aching in the neck, often spreading to the top of the shoulder or around the shoulder blade.',
    },
    {
      symptom: 'referred-pain',
      frequency: 'common',
      detail:
        'Pain felt around or between the shoulder blades, or in the shoulder, even though the source is a nerve in the neck.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail:
        'Weakness in the muscles supplied by the affected nerve, for example when lifting the arm, bending or straightening the elbow, or gripping. New or worsening weakness should be checked promptly.',
    },
    {
      symptom: 'reduced-range-of-motion',
      frequency: 'lessCommon',
      detail: 'Neck movements, especially tilting the head back or toward the painful side, may be limited by pain.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail:
        'Arm pain can be worse at night. Some people find that resting the hand on top of the head eases the pain.',
    },
  ],
  symptomsClosing:
    'Cervical radiculopathy is diagnosed from your symptoms and an examination of the feeling, strength and reflexes in your arms. An MRI scan is usually reserved for people with severe or progressive weakness, suspected serious causes, or symptoms that are not improving and for whom an injection or surgery is being considered.',
  whenToSeeDoctorIntro:
    'Most people with cervical radiculopathy can be managed by their doctor and a physical therapist. Some symptoms, however, suggest pressure on the spinal cord or another serious problem. Get help as described below:',
  whenToSeeDoctor: [
    {
      title: 'Arm Pain or Weakness With Chest Pain or Breathlessness',
      urgency: 'emergency',
      detail:
        'Pain or heaviness in the arm or neck together with chest pain, breathlessness, sweating or feeling sick may be a heart attack rather than a trapped nerve. Call your local emergency number immediately.',
    },
    {
      title: 'Weakness or Numbness in Both Arms or the Legs, Unsteadiness, or Bladder Changes',
      urgency: 'emergency',
      detail:
        'Clumsy hands, difficulty with buttons or writing, unsteady walking, symptoms in both arms or in the legs, or new bladder or bowel problems can be signs that the spinal cord is being compressed (cervical myelopathy). Seek emergency care, especially if symptoms are getting worse quickly or started after an injury.',
    },
    {
      title: 'Rapidly Worsening Arm Weakness',
      urgency: 'urgent',
      detail:
        'Weakness in the arm or hand that is severe, spreading or getting worse over days needs same-day medical assessment.',
    },
    {
      title: 'Fever, Unexplained Weight Loss or a History of Cancer',
      urgency: 'urgent',
      detail:
        'Neck and arm pain with a high temperature, feeling unwell, unexplained weight loss, a weakened immune system or previous cancer should be assessed promptly to rule out infection or a tumor.',
    },
    {
      title: 'Pain That Is Not Settling',
      urgency: 'routine',
      detail:
        'See a doctor if the pain is not improving after a few weeks, if pain relief is not controlling it, or if it is stopping you from working or sleeping.',
    },
  ],
  whenToSeeDoctorClosing:
    'Your doctor will also check for signs of other causes of arm pain and tingling, such as carpal tunnel syndrome, a shoulder problem or, rarely, heart disease.\n\nTell a doctor straight away if your symptoms change, particularly if weakness appears or spreads.',
  treatmentsIntro:
    'Treatment for cervical radiculopathy aims to control pain and keep you active while the nerve recovers. Most people do not need surgery.',
  treatments: [
    {
      treatment: 'activity-modification',
      detail:
        'Carry on with daily activities as much as possible, while avoiding positions that clearly make the arm pain worse, such as looking up for long periods or carrying heavy loads.',
    },
    {
      treatment: 'medications',
      detail:
        'Simple pain relief, such as an anti-inflammatory medicine if suitable, may help. For nerve pain that is severe or persistent, a doctor may discuss medicines specifically used for nerve pain and their side effects. Ask a doctor or pharmacist what is right for you.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can guide gentle neck and nerve mobility exercises, strengthening for the neck and shoulder blade muscles, and advice on posture and activity. Therapy is adjusted so that it does not make arm symptoms spread.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Gentle movements such as chin tucks and shoulder blade squeezes, progressing to strengthening exercises, help maintain movement. Stop any exercise that makes pain, tingling or numbness travel further down the arm.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail: 'Heat or cold packs on the neck or shoulder blade area may ease pain and muscle tension for short periods.',
    },
    {
      treatment: 'injections',
      detail:
        'For severe arm pain that is not settling, a specialist may offer an image-guided steroid injection near the affected nerve root. These carry small but serious risks and are considered carefully.',
    },
    {
      treatment: 'surgery',
      detail:
        'Surgery to relieve pressure on the nerve may be considered when pain remains severe despite other treatment, when weakness is significant or getting worse, or urgently if the spinal cord is compressed.',
    },
  ],
  treatmentsClosing:
    'Decisions about injections or surgery are made together with a specialist, who will explain the likely benefits and risks. For most people, time, activity and simple treatments are enough.',
  recovery: {
    overview:
      'Cervical radiculopathy usually improves gradually. Many people feel much better within four to six weeks, and most have recovered or have only mild symptoms within a few months. Numbness and tingling often take longer to settle than pain.',
    minWeeks: 4,
    maxWeeks: 16,
    phases: [
      {
        name: 'Managing the painful phase',
        intro: 'While arm pain is at its worst:',
        steps: [
          'Keep as active as you can and change position regularly.',
          'Find positions that ease the arm pain, for example supporting the arm on a pillow or resting the hand on your head.',
          'Use pain relief as advised and gentle neck movements within comfort.',
        ],
      },
      {
        name: 'Rebuilding strength and activity',
        intro: 'As the arm pain eases:',
        steps: [
          'Progress exercises for the neck, shoulder and shoulder blade muscles, guided by your physical therapist.',
          'Return to work, driving and sport gradually, as long as you can turn your head fully and safely.',
          'Keep up regular exercise to support long-term neck health.',
        ],
      },
    ],
    complications:
      'A minority of people have pain that persists or returns, or lasting numbness or weakness. Any new weakness, clumsiness of the hands, unsteadiness or bladder changes should be treated as urgent.',
    tips: [
      'Use a supportive pillow that keeps your neck in line with your spine.',
      'Raise your screen and reading material to avoid long periods looking down or up.',
      'Keep a note of your symptoms so that you can tell your doctor clearly if anything changes.',
    ],
    summary:
      'Most cervical radiculopathy improves over weeks to months without surgery. Knowing the warning signs means you can act quickly in the rare cases when urgent treatment is needed.',
  },
  conclusion: [
    'Cervical radiculopathy is pain, tingling or weakness in the arm caused by a compressed or irritated nerve root in the neck, most often from age-related changes or a disc problem. It usually improves with time, activity, pain relief and physical therapy.',
    'Call your local emergency number for arm pain with chest pain, and seek emergency care for weakness in both arms or the legs, unsteadiness or bladder changes. This sample article is for general information only and is not a substitute for a personal assessment by a healthcare professional.',
  ],
  sources: [
    'nice-cks-neck-pain-cervical-radiculopathy',
    'bono-2011-cervical-radiculopathy-guideline',
    'nhs-neck-pain',
  ],
  author: 'editorial-team',
  reviewedBy: 'dr-james-okafor',
  publishedAt: '2026-05-11T09:00:00Z',
  lastReviewed: '2026-05-25',
  nextReviewDue: '2027-05-25',
}
