import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const iliotibialBandSyndrome: ArticleSeed = {
  slug: 'iliotibial-band-syndrome',
  conditionName: 'Iliotibial Band Syndrome',
  title: 'Iliotibial Band Syndrome: Causes, Symptoms and Treatment',
  region: 'knee',
  summary:
    'Iliotibial band syndrome causes pain on the outside of the knee, often in runners and cyclists. Learn causes, symptoms, treatment and how to return to sport.',
  sample: true,
  introduction: [
    'The iliotibial band (IT band) is a thick strip of connective tissue that runs down the outside of the thigh, from the hip to just below the knee. Muscles at the hip, including the gluteus maximus and the tensor fasciae latae, connect into it, and it helps stabilize the outside of the hip and knee.',
    'Iliotibial band syndrome (ITBS) is an overuse condition that causes pain on the outside of the knee. It is one of the most common causes of outer knee pain in runners and is also seen in cyclists, hikers and other people who bend and straighten the knee repeatedly. It was traditionally thought to come from the band rubbing back and forth over the bone, but anatomical research suggests that compression of sensitive, fatty tissue beneath the band near the knee may be more important.',
    'ITBS can be stubborn, but it usually responds well to changes in training and a targeted strengthening program. This article explains why it happens, how to recognize it, when to see a doctor, and what treatment involves.',
  ],
  causesIntro:
    'ITBS develops when the tissues on the outside of the knee are repeatedly loaded more than they can tolerate. Common contributing factors include:',
  causes: [
    {
      cause: 'muscle-overuse',
      detail:
        'Many repetitions of knee bending and straightening, as in distance running or cycling, load the outer knee at the same point over and over again.',
    },
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'A rapid jump in weekly running distance, a new long-run goal, or a cycling holiday with much more riding than usual is a common trigger.',
    },
    {
      cause: 'training-errors',
      detail:
        'Lots of downhill running, always running the same way on a sloped road or track, worn-out shoes or a poorly fitted bike can increase strain on the outer knee.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Weakness in the hip muscles that control the thigh may allow the knee to drift inward and increase load on the IT band and the tissue beneath it.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Individual running patterns, such as a narrow step width or the knee rolling inward, and differences in leg alignment may contribute in some people.',
    },
    {
      cause: 'reduced-flexibility',
      detail:
        'Tightness around the hip and thigh is often mentioned, although the IT band itself is very stiff tissue and research on the role of flexibility is mixed.',
    },
  ],
  causesSummary:
    'Training load is the factor most often linked with ITBS, with hip strength and running technique playing supporting roles. Adjusting these tends to be more useful than trying to stretch the band itself.',
  symptomsIntro:
    'ITBS typically causes pain on the outside of the knee that follows a predictable pattern during activity.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less commonly, people report:',
  symptoms: [
    {
      symptom: 'knee-pain',
      frequency: 'common',
      detail: 'A sharp or burning pain on the outside of the knee, usually on one side.',
    },
    {
      symptom: 'localized-pain',
      frequency: 'common',
      detail:
        'The pain can usually be pinpointed to a bony spot on the outer knee, just above the joint line, which is often tender to press.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain often starts after a fairly consistent distance or time into a run or ride and builds until you have to stop. Downhill running and stairs are often the worst.',
    },
    {
      symptom: 'clicking-or-grinding',
      frequency: 'lessCommon',
      detail: 'Some people feel a snapping, rubbing or creaking sensation on the outside of the knee as it bends.',
    },
    {
      symptom: 'swelling',
      frequency: 'lessCommon',
      detail: 'There may be mild, localized swelling over the outer knee. Swelling of the whole knee is not typical of ITBS.',
    },
    {
      symptom: 'referred-pain',
      frequency: 'lessCommon',
      detail: 'Discomfort may spread up the outside of the thigh or just below the knee.',
    },
  ],
  symptomsClosing:
    'ITBS is usually diagnosed from the pattern of symptoms and an examination. Scans are generally only needed if the diagnosis is unclear, for example to rule out a cartilage or ligament problem.',
  whenToSeeDoctorIntro:
    'ITBS is not serious, but outer knee pain can have other causes. Seek medical advice if you notice any of the following:',
  whenToSeeDoctor: [
    {
      title: 'A Hot, Red, Swollen Knee or Fever',
      urgency: 'emergency',
      detail:
        'A hot, swollen and very painful knee, especially with a fever or feeling unwell, can be a sign of joint infection and needs emergency care.',
    },
    {
      title: 'Unable to Bear Weight After a Fall or Twist',
      urgency: 'emergency',
      detail:
        'If you cannot put weight on the leg after an injury, or the knee looks deformed, go to an emergency department, as a fracture or dislocation is possible.',
    },
    {
      title: 'Locking, Giving Way or Swelling of the Whole Knee',
      urgency: 'urgent',
      detail:
        'These symptoms are not typical of ITBS and may indicate a cartilage or ligament injury that should be assessed promptly.',
    },
    {
      title: 'Pain Not Improving After Reducing Activity',
      urgency: 'routine',
      detail:
        'If pain persists for more than a few weeks despite reducing running or cycling, or it hurts even at rest, see a doctor or physical therapist.',
    },
  ],
  whenToSeeDoctorClosing:
    'A physical therapist or sports medicine doctor can confirm the diagnosis, check your hip strength and movement, and review your training.\n\nThey can also look at running technique or bike fit if these seem to be contributing.',
  treatmentsIntro:
    'Treatment for ITBS focuses on reducing irritation of the outer knee, strengthening the hip and gradually returning to activity. Robust evidence for specific treatments is still limited, so a combined, individualized approach is common.',
  treatments: [
    {
      treatment: 'activity-modification',
      detail:
        'Reduce or pause the activity that triggers pain, especially downhill running, while staying active with pain-free alternatives such as swimming. Running on flat ground and switching sides on sloped roads can help when you return.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can prescribe a progressive hip and knee strengthening program, review running technique, and plan a graded return to running or cycling.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Strengthening exercises for the hip abductors and gluteal muscles, such as side-lying leg raises, side planks, bridges and single-leg squats, are commonly used. Gentle hip and thigh stretches may feel helpful for some people.',
    },
    {
      treatment: 'foam-rolling',
      detail:
        'Rolling the muscles of the outer hip and thigh may ease tightness. The IT band itself is unlikely to lengthen, and rolling directly over a painful outer knee may aggravate it.',
    },
    {
      treatment: 'massage-therapy',
      detail: 'Massage of the hip and thigh muscles may temporarily relieve tension and discomfort alongside an exercise program.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail: 'Applying a wrapped ice pack to the outer knee for 15 to 20 minutes after activity may ease pain.',
    },
    {
      treatment: 'medications',
      detail:
        'Over-the-counter pain relief may help in the short term. Ask a pharmacist or doctor about suitable options, particularly if you have other health conditions.',
    },
    {
      treatment: 'injections',
      detail:
        'If pain persists despite other treatment, a doctor may consider a corticosteroid injection near the outer knee to reduce pain, usually alongside continued rehabilitation.',
    },
  ],
  treatmentsClosing:
    'Surgery is rarely considered and only for long-standing cases that have not responded to thorough rehabilitation. Most people recover with training changes and strengthening.',
  recovery: {
    overview:
      'Recovery depends on how long symptoms have been present and how well training load is managed. Many people improve over four to eight weeks, although long-standing cases can take longer.',
    minWeeks: 4,
    maxWeeks: 8,
    phases: [
      {
        name: 'Settling the outer knee',
        intro: 'Initially, the goal is to reduce irritation while maintaining fitness:',
        steps: [
          'Pause or reduce running or cycling that brings on pain, particularly downhill running.',
          'Keep fit with pain-free activities such as swimming or walking on flat ground.',
          'Start hip and trunk strengthening exercises.',
        ],
      },
      {
        name: 'Graded return to activity',
        intro: 'Once everyday activities are pain-free, build back up gradually:',
        steps: [
          'Begin with short, flat runs or easy rides, stopping before pain starts.',
          'Increase distance gradually, leaving hills and speed work until last.',
          'Continue strengthening exercises two or three times a week to help prevent recurrence.',
        ],
      },
    ],
    complications:
      'Returning to full training too quickly is the most common reason symptoms return. Persistent or changing symptoms may point to another cause and should be reassessed.',
    tips: [
      'Build running or cycling volume gradually rather than in large jumps.',
      'Vary your routes and avoid always running on the same side of a sloped road.',
      'Replace worn-out running shoes and check that your bike is set up correctly.',
    ],
    summary:
      'With temporary changes to training, hip strengthening and a patient return to activity, most people with ITBS get back to the sport they enjoy.',
  },
  conclusion: [
    'Iliotibial band syndrome is a common overuse cause of pain on the outside of the knee, particularly in runners and cyclists. It usually responds to reducing aggravating activities, strengthening the hip and thigh muscles and returning to training gradually.',
    'Seek urgent care for a hot, swollen knee, an inability to bear weight after an injury, or a knee that locks or gives way. This sample article is general information and does not replace personal advice from a qualified healthcare professional.',
  ],
  sources: ['fairclough-2006-iliotibial-band-anatomy', 'hutchinson-2022-iliotibial-band-review', 'nhs-knee-pain'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-11-09T09:00:00Z',
  lastReviewed: '2026-11-23',
  nextReviewDue: '2027-11-23',
}
