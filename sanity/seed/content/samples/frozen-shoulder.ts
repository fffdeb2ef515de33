import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const frozenShoulder: ArticleSeed = {
  slug: 'frozen-shoulder',
  conditionName: 'Frozen Shoulder (Adhesive Capsulitis)',
  title: 'Frozen Shoulder (Adhesive Capsulitis): Causes, Symptoms and Treatment',
  region: 'shoulder',
  summary:
    'Frozen shoulder makes the shoulder painful and stiff for months. Learn who gets it, its stages, warning signs, treatments and what recovery usually looks like.',
  sample: true,
  introduction: [
    'Frozen shoulder, known medically as adhesive capsulitis, is a condition in which the flexible tissue that surrounds the shoulder joint, the joint capsule, becomes inflamed, thickened and tight. As the capsule contracts, the shoulder becomes painful and increasingly stiff, until everyday movements such as reaching up to a shelf, putting on a coat or fastening a seatbelt become difficult.',
    {
      text:
        'It most often affects people between the ages of 40 and 60, is more common in women, and is considerably more common in people with diabetes. It usually affects one shoulder, although some people later develop it in the other.',
      cite: [
        { words: 'It most often affects people between the ages of 40 and 60, is more common in women, and is considerably more common in people with diabetes', source: 'nhs-frozen-shoulder' },
      ],
    },
    {
      text:
        'Frozen shoulder can be frustrating because it lasts a long time, often a year or more, but it usually gets better on its own, and treatment can ease pain and help movement while it does. This article describes the likely causes, the typical stages, when to get checked urgently, and the treatments that are available.',
      cite: [
        { words: 'it usually gets better on its own', source: 'nhs-frozen-shoulder' },
      ],
    },
  ],
  causesIntro:
    'It is not fully understood why the shoulder capsule becomes inflamed and tight. Often no clear trigger is found, which is called primary frozen shoulder. Factors linked with a higher risk include:',
  causes: [
    {
      cause: 'diabetes',
      detail:
        'People with type 1 or type 2 diabetes are considerably more likely to develop frozen shoulder, and it may be more severe and last longer. Anyone who develops frozen shoulder without a known cause may be offered a blood sugar test.',
    },
    {
      cause: 'immobilization',
      detail:
        'Keeping the arm still for a long time, for example in a sling after a fracture, or after surgery, a stroke or a period of illness, can be followed by a frozen shoulder. This is one reason early, gentle movement is encouraged after an injury.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A minor injury to the shoulder, or an operation on the shoulder or breast, sometimes comes before the stiffness starts.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'Frozen shoulder is rare before 40 and most common in middle age, suggesting that changes in the shoulder tissues with age play a part.',
    },
    {
      cause: 'previous-injury',
      detail:
        'Having had frozen shoulder on one side increases the chance of developing it on the other side, although it rarely returns in the same shoulder.',
    },
  ],
  causesSummary:
    'Thyroid disease, heart disease and some other long-term conditions are also linked with frozen shoulder. In many cases no cause is found, and it is not caused by anything you did wrong.',
  symptomsIntro:
    'Frozen shoulder typically develops slowly and is often described in three overlapping stages: a painful "freezing" stage, a stiff "frozen" stage, and a "thawing" stage in which movement gradually returns. The length of each stage varies widely.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common symptoms include:',
  symptoms: [
    {
      symptom: 'shoulder-pain',
      frequency: 'common',
      detail:
        'A deep, constant ache in the shoulder, sometimes spreading into the upper arm, with sharp pain when the arm is moved suddenly or beyond its limit. Pain is usually worst in the early freezing stage.',
    },
    {
      symptom: 'reduced-range-of-motion',
      frequency: 'common',
      detail:
        'Movement is lost in every direction, especially turning the arm outward, and unlike many other shoulder problems, the arm cannot be moved much further even when someone else moves it for you.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail:
        'Stiffness becomes the main problem in the frozen stage, making it hard to dress, wash your hair, reach behind your back or into a cupboard.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'common',
      detail: 'Pain is often worse at night and when lying on the affected side, which can disturb sleep for months.',
    },
    {
      symptom: 'arm-pain',
      frequency: 'lessCommon',
      detail: 'The ache may spread down the outside of the upper arm, although it rarely goes below the elbow.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail:
        'The arm may feel weak because of pain and disuse. The muscles usually regain their strength as movement returns.',
    },
  ],
  symptomsClosing:
    'Frozen shoulder is diagnosed mainly from your symptoms and an examination of how far the shoulder moves. An X-ray may be arranged to rule out other causes of stiffness, such as arthritis, but in frozen shoulder it usually looks normal.',
  whenToSeeDoctorIntro:
    'Frozen shoulder itself is not dangerous, but shoulder pain and stiffness can have other causes. Seek help as described below:',
  whenToSeeDoctor: [
    {
      title: 'Shoulder or Arm Pain With Chest Pain or Breathlessness',
      urgency: 'emergency',
      detail:
        'Pain spreading to the shoulder, arm, jaw or neck with chest tightness, breathlessness, sweating or feeling sick can be a sign of a heart attack. Call your local emergency number straight away.',
    },
    {
      title: 'A Hot, Swollen Shoulder, Fever or Feeling Very Unwell',
      urgency: 'urgent',
      detail:
        'A red, hot or swollen shoulder, a high temperature or feeling generally unwell is not typical of frozen shoulder and may mean infection or another inflammatory condition. Get medical help the same day.',
    },
    {
      title: 'Severe Pain or Loss of Movement After a Fall',
      urgency: 'urgent',
      detail:
        'If pain and stiffness start after a fall or injury, the shoulder may be dislocated or broken and needs prompt assessment. Go to an emergency department if the shoulder looks deformed.',
    },
    {
      title: 'Pain and Stiffness That Is Not Improving',
      urgency: 'routine',
      detail:
        'See a doctor if shoulder pain and stiffness have not improved after a couple of weeks of self-care, if pain is stopping you from sleeping, or if you are struggling with daily activities or work.',
    },
  ],
  whenToSeeDoctorClosing:
    'A doctor or physical therapist will compare the movement of both shoulders and ask about your general health, including diabetes.\n\nIf you have diabetes, let your diabetes team know, as pain and reduced activity can affect blood sugar control.',
  treatmentsIntro:
    'There is no treatment that reliably makes frozen shoulder go away quickly, but several options can ease pain and help you keep or regain movement while it runs its course.',
  treatments: [
    {
      treatment: 'medications',
      detail:
        'Paracetamol, or an anti-inflammatory medicine such as ibuprofen if it is suitable for you, can ease pain. A doctor may suggest stronger pain relief for short periods if pain is severe.',
    },
    {
      treatment: 'injections',
      detail:
        'A corticosteroid injection into the shoulder joint can reduce pain and may improve movement in the painful early stage. Some hospitals also offer hydrodilatation, in which fluid is injected to stretch the capsule.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can teach exercises suited to the stage you are in: gentle, pain-limited movement while the shoulder is very painful, and progressive stretching and strengthening as it stiffens and thaws.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Regular, gentle stretches such as pendulum swings, sliding the hand up a wall and assisted outward rotation with a stick help maintain movement. Stretch to mild discomfort rather than sharp pain.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'A warm pack before exercises can make stretching more comfortable, and an ice pack wrapped in a cloth can ease pain afterward.',
    },
    {
      treatment: 'surgery',
      detail:
        'If severe symptoms persist despite other treatment, a specialist may offer keyhole surgery to release the tight capsule or a manipulation under anesthetic. A large UK trial found that these procedures and early structured physical therapy with a steroid injection gave broadly similar results for most people.',
    },
  ],
  treatmentsClosing:
    'The best option depends on your stage, how severe the pain is and how much the stiffness affects your life. Your doctor or physical therapist can help you weigh up the choices.',
  recovery: {
    overview:
      'Frozen shoulder usually improves on its own, but slowly. Symptoms commonly last one to three years, and some people are left with a little stiffness that rarely causes problems. Treatment can make the painful stages easier to manage.',
    minWeeks: 52,
    maxWeeks: 156,
    phases: [
      {
        name: 'Freezing stage',
        intro: 'When pain is the main problem, focus on pain relief and gentle movement:',
        steps: [
          'Use pain relief as advised so that you can sleep and keep the arm moving.',
          'Do gentle pendulum swings and other small movements several times a day, staying within comfort.',
          'Ask about a steroid injection if pain is severe and stopping you from moving the arm.',
        ],
      },
      {
        name: 'Frozen stage',
        intro: 'As pain eases and stiffness takes over, work steadily on movement:',
        steps: [
          'Stretch a little further each day to the point of mild discomfort, holding each stretch for around 30 seconds.',
          'Adapt daily tasks, such as dressing the affected arm first, while the shoulder is stiff.',
          'Keep using the arm for light activities below shoulder height.',
        ],
      },
      {
        name: 'Thawing stage',
        intro: 'As movement returns, rebuild strength and confidence:',
        steps: [
          'Add strengthening exercises for the shoulder and shoulder blade muscles.',
          'Gradually return to reaching, lifting and sport as range allows.',
          'Continue stretching until movement has levelled off.',
        ],
      },
    ],
    complications:
      'Some people have mild long-term stiffness, and a minority have pain and restriction that last several years. Procedures such as manipulation under anesthetic carry small risks, including fracture or nerve injury, which a specialist will discuss.',
    tips: [
      'Little and often works better than occasional long stretching sessions.',
      'Sleep with a pillow under the affected arm to ease night pain.',
      'If you have diabetes, keeping blood sugar well controlled supports your general health during recovery.',
    ],
    summary:
      'Frozen shoulder is slow to recover, but most people regain most or all of their movement. Pain relief, regular gentle exercise and, when needed, injections can help you through it.',
  },
  conclusion: [
    'Frozen shoulder is a painful stiffening of the shoulder joint capsule that typically lasts one to three years and is more common in middle age and in people with diabetes. It usually gets better on its own, and pain relief, exercises, injections and, occasionally, procedures can ease the journey.',
    'Call your local emergency number for shoulder or arm pain with chest pain or breathlessness, and get same-day help for a hot, swollen shoulder or fever. This sample article is general information only and is not a substitute for advice from a healthcare professional.',
  ],
  sources: ['nhs-frozen-shoulder', 'nice-cks-shoulder-pain', 'rangan-2020-uk-frost-trial'],
  author: 'editorial-team',
  reviewedBy: 'dr-amira-patel',
  publishedAt: '2024-10-14T09:00:00Z',
  lastReviewed: '2025-10-06',
  nextReviewDue: '2026-10-06',
}
