import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const hipFlexorStrain: ArticleSeed = {
  slug: 'hip-flexor-strain',
  conditionName: 'Hip Flexor Strain',
  title: 'Hip Flexor Strain: Causes, Symptoms and Recovery',
  region: 'hip-and-pelvis',
  summary:
    'Hip flexor strain causes pain at the front of the hip or groin. Learn common causes, symptoms, when to see a doctor, self-care, treatment and recovery.',
  sample: true,
  introduction: [
    'The hip flexors are a group of muscles at the front of the hip that lift the knee toward the chest and help bend the body forward at the hip. The main ones are the iliopsoas, which runs from the lower spine and pelvis to the top of the thigh bone, and the rectus femoris, one of the quadriceps muscles.',
    'A hip flexor strain happens when some of these muscle fibers are overstretched or torn. It is common in sports that involve sprinting, kicking, jumping or sudden changes of direction, such as soccer, martial arts and track events, but it can also happen during everyday activities.',
    'Strains range from mild overstretching to, rarely, a complete tear. Most are mild to moderate and heal well with sensible self-care and a gradual return to activity. This article explains why strains happen, how to recognize one, and what recovery usually involves.',
  ],
  causesIntro:
    'A hip flexor strain usually happens when the muscle is loaded forcefully or stretched quickly beyond what it can cope with. Common contributing factors include:',
  causes: [
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'Returning to sport after a break, or rapidly increasing the amount of sprinting or kicking, can overload muscles that have not yet adapted.',
    },
    {
      cause: 'inadequate-warm-up',
      detail:
        'Cold muscles are less prepared for explosive effort. Skipping a gradual warm-up before fast or forceful movements is often linked with muscle strains.',
    },
    {
      cause: 'muscle-overuse',
      detail:
        'Repeated kicking, high knee drives or hill running without enough recovery between sessions can leave the hip flexors fatigued and more vulnerable to injury.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Weakness in the hip flexors themselves, or in the trunk and gluteal muscles that work alongside them, may increase the strain placed on the front of the hip.',
    },
    {
      cause: 'previous-injury',
      detail:
        'A previous strain in the same area is a well-recognized risk factor for another one, especially if rehabilitation was cut short.',
    },
    {
      cause: 'sedentary-lifestyle',
      detail:
        'Spending most of the day sitting and then doing occasional bursts of intense exercise may leave the hip flexors less prepared for sudden, forceful effort.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A sudden forceful movement, such as a mistimed kick, a slip, or a tackle that forces the leg backward, can strain the muscle in a single moment.',
    },
  ],
  causesSummary:
    'Most hip flexor strains come from asking the muscle to do more, or to work faster, than it is ready for. Warming up, building training gradually and completing rehabilitation after any previous injury all reduce the risk.',
  symptomsIntro:
    'Symptoms usually start suddenly during activity, although overuse strains can build up gradually. The severity of symptoms gives a rough idea of how significant the strain is.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'With more significant strains, you may also notice:',
  symptoms: [
    {
      symptom: 'localized-pain',
      frequency: 'common',
      detail:
        'Pain at the front of the hip or in the groin crease, sometimes felt as a sudden sharp twinge or pulling sensation at the moment of injury.',
    },
    {
      symptom: 'tenderness',
      frequency: 'common',
      detail: 'The front of the hip or upper thigh is often sore to touch over the injured part of the muscle.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Lifting the knee toward the chest, climbing stairs, getting in and out of a car, running or kicking tends to bring on pain.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail: 'The front of the hip may feel tight, especially after rest or first thing in the morning.',
    },
    {
      symptom: 'swelling',
      frequency: 'lessCommon',
      detail: 'Some swelling may appear at the front of the hip or upper thigh in the days after injury.',
    },
    {
      symptom: 'bruising',
      frequency: 'lessCommon',
      detail: 'Bruising may show up on the front of the thigh a day or two after a moderate or severe strain.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail: 'It may be hard to lift the leg, for example when stepping over an object or raising the knee while seated.',
    },
    {
      symptom: 'altered-gait',
      frequency: 'lessCommon',
      detail: 'A limp or shortened stride on the injured side is common while the muscle is painful.',
    },
  ],
  symptomsClosing:
    'Pain at the front of the hip or groin can also come from the hip joint, a hernia or, in younger athletes, a small fracture where a tendon pulls off the bone. If your symptoms do not follow the pattern of a muscle strain, or they are severe, get them checked.',
  whenToSeeDoctorIntro:
    'Many mild strains can be managed at home, but some symptoms suggest a more serious injury. Seek medical help in the following situations:',
  whenToSeeDoctor: [
    {
      title: 'Unable to Bear Weight After a Fall or Injury',
      urgency: 'emergency',
      detail:
        'If you cannot stand or walk on the leg, the leg looks deformed, or the pain is severe after a fall or collision, go to an emergency department, as a fracture or dislocation is possible.',
    },
    {
      title: 'A Pop With Severe Pain, Especially in Teenagers',
      urgency: 'urgent',
      detail:
        'A popping sensation followed by severe pain and marked weakness may indicate a complete tear or, in adolescents, a small fracture where the tendon attaches to the pelvis. This needs prompt assessment.',
    },
    {
      title: 'Fever or a Hot, Swollen Hip or Groin',
      urgency: 'urgent',
      detail: 'Pain with a high temperature, redness or warmth is not typical of a strain and should be checked the same day.',
    },
    {
      title: 'No Improvement After Two to Three Weeks',
      urgency: 'routine',
      detail:
        'If pain is not easing, keeps coming back, or a lump appears in the groin, see a doctor or physical therapist to confirm the diagnosis.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician can usually diagnose a hip flexor strain from the history and an examination. Imaging is only needed if a more serious injury is suspected or recovery is slower than expected.\n\nIf you play sport, a sports medicine doctor or physical therapist can also help plan a safe return.',
  treatmentsIntro:
    'Treatment aims to protect the healing muscle early on and then restore strength and flexibility so that you can return to activity safely.',
  treatments: [
    {
      treatment: 'activity-modification',
      detail:
        'For the first few days, avoid activities that cause sharp pain, such as running and kicking, but keep moving gently. Complete rest for long periods is not usually needed.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'In the first 48 to 72 hours, a wrapped ice pack for up to 20 minutes every few hours may help with pain and swelling. Heat can be more soothing later on for stiffness.',
    },
    {
      treatment: 'medications',
      detail:
        'Simple pain relievers can help you stay comfortable. Speak to a pharmacist or doctor about whether anti-inflammatory medicines are suitable for you.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Once the initial pain settles, gentle, pain-free range-of-motion work and gradually progressed strengthening of the hip flexors, gluteal and trunk muscles help the muscle regain its capacity. Avoid aggressive stretching early on.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can grade the injury, plan a staged rehabilitation program and guide a sport-specific return, including running and kicking drills.',
    },
    {
      treatment: 'massage-therapy',
      detail:
        'Gentle massage of the surrounding muscles may ease tightness in the later stages of recovery. Avoid deep pressure over the injured area in the first days.',
    },
  ],
  treatmentsClosing:
    'Surgery is very rarely needed for hip flexor strains. The most common mistake is returning to full sport too soon, so it is worth completing rehabilitation even once daily activities feel normal.',
  recovery: {
    overview:
      'Recovery time depends on how severe the strain is. Mild strains often settle within one to three weeks, while moderate strains may take around four to eight weeks. Severe tears can take longer and need specialist guidance.',
    minWeeks: 1,
    maxWeeks: 8,
    phases: [
      {
        name: 'Protection and early movement',
        intro: 'In the first days after injury, the aim is to settle pain while keeping gentle movement going:',
        steps: [
          'Avoid painful activities such as running, kicking and deep lunges.',
          'Use ice packs wrapped in a cloth for short periods to ease pain.',
          'Walk and move the hip gently within comfortable limits.',
        ],
      },
      {
        name: 'Rebuilding and return to activity',
        intro: 'As pain allows, load the muscle progressively and reintroduce sport step by step:',
        steps: [
          'Progress from gentle contractions to resisted knee lifts and functional strength exercises.',
          'Add jogging, then faster running, then sport-specific movements such as kicking.',
          'Return to full training only when you have full, pain-free strength and movement compared with the other side.',
        ],
      },
    ],
    complications:
      'The main risk is re-injury, which is more likely if you return to sport before strength and flexibility have fully recovered. Persistent pain may indicate a different problem and should be reassessed.',
    tips: [
      'Warm up thoroughly before sport, building from gentle movement to faster drills.',
      'Increase training load gradually rather than in big jumps.',
      'Keep doing hip and trunk strengthening exercises after you recover to lower the chance of another strain.',
    ],
    summary:
      'With early protection, gradual strengthening and a staged return to sport, most hip flexor strains heal well.',
  },
  conclusion: [
    'A hip flexor strain causes pain at the front of the hip or groin, usually after sprinting, kicking or a sudden forceful movement. Most strains are mild or moderate and respond well to relative rest, ice in the early stages and a progressive exercise program.',
    'Seek urgent help if you cannot bear weight, the injury follows a fall, or you notice fever or a hot, swollen hip. This sample article provides general information only and does not replace personalized medical advice.',
  ],
  sources: ['nhs-sprains-and-strains', 'nhs-hip-pain'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-08-03T09:00:00Z',
  lastReviewed: '2026-08-17',
  nextReviewDue: '2027-08-17',
}
