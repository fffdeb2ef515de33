import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const greaterTrochantericPainSyndrome: ArticleSeed = {
  slug: 'greater-trochanteric-pain-syndrome',
  conditionName: 'Greater Trochanteric Pain Syndrome',
  title: 'Greater Trochanteric Pain Syndrome: Causes, Symptoms and Treatment',
  region: 'hip-and-pelvis',
  summary:
    'Outer hip pain from greater trochanteric pain syndrome (hip bursitis or gluteal tendinopathy): causes, symptoms, treatment and recovery.',
  sample: true,
  introduction: [
    'Greater trochanteric pain syndrome (GTPS) is the name clinicians use for pain on the outside of the hip, over the bony point at the top of the thigh bone called the greater trochanter. It was long called trochanteric bursitis, but research suggests that the tendons of the gluteus medius and gluteus minimus muscles, which attach at this point, are often the main source of pain. Irritation of the nearby bursa, a small fluid-filled cushion, may also play a part.',
    'GTPS is a common cause of outer hip pain, particularly in middle-aged and older adults, and it is seen more often in women. It can make everyday things such as climbing stairs, standing on one leg to get dressed, or lying on your side at night surprisingly uncomfortable.',
    'The good news is that most people improve without surgery. Understanding what loads and irritates these tendons, and how to rebuild their strength gradually, is usually the most important part of getting better. This article explains the likely causes, typical symptoms, warning signs that need prompt medical attention, and the treatments that are commonly used.',
  ],
  causesIntro:
    'GTPS usually develops gradually rather than after a single event. Several factors can combine to overload or compress the gluteal tendons where they attach at the outer hip:',
  causes: [
    {
      cause: 'age-related-changes',
      detail:
        'Tendons become less tolerant of load with age, and GTPS is most common from middle age onward. Hormonal changes around menopause may also play a role, which is one reason it is reported more often in women.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'When the hip abductor muscles on the side of the hip are weak, the pelvis can drop and the thigh can drift inward with each step. This puts extra strain and compression on the tendons at the greater trochanter.',
    },
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'A sharp rise in walking, running, hill work or stair climbing, for example when starting a new fitness plan or a hiking holiday, can load the tendons faster than they can adapt.',
    },
    {
      cause: 'poor-posture',
      detail:
        'Habitually standing with your weight hanging onto one hip, sitting with your legs crossed, or lying on your side with the top knee dropped across the body all press the tendons against the bone for long periods.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Differences in leg length, a wider pelvis, or a walking pattern that lets the knee drift inward can change how load passes through the outer hip.',
    },
    {
      cause: 'excess-body-weight',
      detail:
        'Extra body weight increases the force through the hip with every step and is commonly associated with GTPS. Gradual, sustainable weight loss may help some people.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A fall or direct knock onto the side of the hip can irritate the bursa and tendons and sometimes triggers symptoms.',
    },
  ],
  causesSummary:
    'In most people, GTPS reflects a mismatch between how much load the outer hip tendons are asked to handle and how much they can currently tolerate. Compression from certain postures, weakness around the hip, and sudden changes in activity are the factors most often worth addressing.',
  symptomsIntro:
    'The hallmark of GTPS is pain on the outside of the hip that can be pinpointed with a finger. Symptoms often build up over weeks or months and may come and go with activity.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Some people also notice:',
  symptoms: [
    {
      symptom: 'hip-pain',
      frequency: 'common',
      detail:
        'An aching or sometimes sharp pain over the outer hip, usually on one side, though both hips can be affected.',
    },
    {
      symptom: 'tenderness',
      frequency: 'common',
      detail: 'Pressing on the bony point of the outer hip is often sore, and tight clothing or belts may be uncomfortable.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'common',
      detail:
        'Lying on the affected side is often painful, and lying on the other side can also hurt if the top leg drops across the body.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain tends to increase with climbing stairs or slopes, walking for longer distances, standing on one leg, or getting up after sitting.',
    },
    {
      symptom: 'referred-pain',
      frequency: 'lessCommon',
      detail: 'Pain can spread down the outside of the thigh toward the knee, though it does not usually go below the knee.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail: 'The hip may feel weak or tire quickly when standing on one leg or walking uphill.',
    },
    {
      symptom: 'altered-gait',
      frequency: 'lessCommon',
      detail: 'Some people develop a slight limp or a side-to-side sway of the trunk when walking.',
    },
  ],
  symptomsClosing:
    'Pain felt mainly in the groin, pain that shoots below the knee with numbness or tingling, or marked stiffness when turning the hip suggests a different source, such as the hip joint itself or the lower back. A clinician can examine you to tell these apart.',
  whenToSeeDoctorIntro:
    'Outer hip pain is rarely dangerous, but some situations need prompt attention. Seek medical advice if you notice any of the following:',
  whenToSeeDoctor: [
    {
      title: 'Unable to Bear Weight After a Fall',
      urgency: 'emergency',
      detail:
        'Severe hip pain after a fall, especially if you cannot stand or walk or the leg looks shorter or turned outward, may mean a broken hip. Call emergency services or go to an emergency department.',
    },
    {
      title: 'A Hot, Red or Swollen Hip, or Fever',
      urgency: 'urgent',
      detail:
        'Warmth, redness, swelling or feeling generally unwell with a fever alongside hip pain can indicate infection or inflammation and should be assessed the same day.',
    },
    {
      title: 'Pain With Unexplained Weight Loss or Constant Night Pain',
      urgency: 'urgent',
      detail:
        'Pain that is present all the time, including at night regardless of position, particularly with unexplained weight loss or a history of cancer, should be checked promptly.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'If symptoms have not eased after a few weeks of sensible self-care, or they stop you from sleeping or doing everyday tasks, book an appointment with a doctor or physical therapist.',
    },
  ],
  whenToSeeDoctorClosing:
    'GTPS is usually diagnosed from your history and a physical examination. Imaging such as ultrasound or MRI is not always needed but may be used if the diagnosis is unclear or symptoms persist.\n\nAn assessment can also rule out other causes of hip pain, such as osteoarthritis of the hip joint or pain referred from the lower back.',
  treatmentsIntro:
    'Treatment for GTPS focuses on reducing tendon compression, calming pain, and gradually strengthening the muscles around the hip. Most people are managed without surgery.',
  treatments: [
    {
      treatment: 'activity-modification',
      detail:
        'Avoid positions that squash the tendons: try not to cross your legs, hang onto one hip when standing, or sit in very low chairs. When lying on your side, a pillow between the knees can help. Keep active, but reduce aggravating activities such as long hill walks for a while.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can explain how to manage load on the tendons and guide a progressive strengthening program for the hip and trunk muscles. In one randomized trial, education plus exercise led to better longer-term results than a single corticosteroid injection or a wait-and-see approach.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Home exercises usually begin with gentle, static muscle contractions and progress to bridges, sit-to-stands and side-supported exercises. Stretches that pull the leg across the body can compress the tendons and may aggravate symptoms, so check with your therapist.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'An ice pack wrapped in a cloth, or a warm pack if you find it more soothing, can ease pain for short periods. Limit applications to around 15 to 20 minutes and protect the skin.',
    },
    {
      treatment: 'medications',
      detail:
        'Over-the-counter pain relievers or anti-inflammatory medicines may help in the short term. Check with a pharmacist or doctor first, especially if you have stomach, kidney or heart problems or take other medicines.',
    },
    {
      treatment: 'injections',
      detail:
        'A corticosteroid injection can reduce pain for some people, but the benefit is often short-lived and repeated injections are generally avoided. It works best alongside an exercise program rather than instead of one.',
    },
    {
      treatment: 'shockwave-therapy',
      detail:
        'For pain that persists for several months despite exercise, some clinics offer shockwave therapy. It may help some people, and it is usually considered alongside continued exercise.',
    },
  ],
  treatmentsClosing:
    'Combining load management with a gradual strengthening program tends to give the most lasting results. Surgery is rarely needed and is reserved for a small number of people with persistent symptoms or significant tendon tears.',
  recovery: {
    overview:
      'Tendons adapt slowly, so recovery from GTPS is measured in weeks to months rather than days. Many people notice a worthwhile improvement within six to twelve weeks of consistent treatment, but long-standing symptoms can take several months to settle.',
    minWeeks: 6,
    maxWeeks: 16,
    phases: [
      {
        name: 'Settling symptoms',
        intro: 'The first few weeks aim to calm the tendons while keeping you moving:',
        steps: [
          'Reduce compressive positions such as leg crossing and side-lying without a pillow between the knees.',
          'Start gentle, pain-free muscle contractions for the outer hip as advised by your therapist.',
          'Keep walking at a comfortable distance and pace on flat ground.',
        ],
      },
      {
        name: 'Building strength',
        intro: 'As pain settles, exercises progress to build capacity for daily life and activity:',
        steps: [
          'Gradually add bridges, sit-to-stands and step-ups, increasing resistance over time.',
          'Reintroduce stairs, hills and longer walks step by step.',
          'Continue a maintenance strength routine two or three times a week once symptoms have resolved.',
        ],
      },
    ],
    complications:
      'Symptoms can flare if activity is increased too quickly, and ongoing compression habits can keep pain going. A few people develop persistent pain that needs further assessment.',
    tips: [
      'Mild discomfort during exercise is often acceptable, but pain that is worse the next morning suggests you did too much.',
      'Use a pillow between your knees when lying on your side.',
      'Choose higher chairs and avoid crossing your legs while symptoms settle.',
    ],
    summary:
      'Patience and consistency are key. Most people with GTPS improve with a combination of load management and a gradually progressed exercise program.',
  },
  conclusion: [
    'Greater trochanteric pain syndrome is a common, usually manageable cause of outer hip pain. It often reflects irritated gluteal tendons rather than a simple inflamed bursa, which is why exercise and load management tend to work better in the long run than rest or injections alone.',
    'If your hip pain is severe, follows a fall, comes with fever or a hot swollen joint, or simply is not improving, see a healthcare professional. This article is general sample information and does not replace personal medical advice.',
  ],
  sources: ['mellor-2018-gluteal-tendinopathy-trial', 'aaos-orthoinfo-hip-bursitis', 'nhs-hip-pain'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-06-08T09:00:00Z',
  lastReviewed: '2026-06-22',
  nextReviewDue: '2027-06-22',
}
