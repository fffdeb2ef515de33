import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const achillesTendinopathy: ArticleSeed = {
  slug: 'achilles-tendinopathy',
  conditionName: 'Achilles Tendinopathy',
  title: 'Achilles Tendinopathy: Causes, Symptoms and Treatment',
  region: 'foot-and-ankle',
  summary:
    'Achilles tendinopathy causes pain and stiffness at the back of the ankle. Learn causes, symptoms, signs of a rupture, exercise-based treatment and recovery.',
  sample: true,
  introduction: [
    'The Achilles tendon is the large, strong tendon at the back of the ankle that connects the calf muscles to the heel bone. It transmits the force that lets you push off when you walk, run, jump and climb stairs. Achilles tendinopathy is pain, stiffness and reduced tolerance to load in this tendon.',
    'There are two main types. Mid-portion Achilles tendinopathy affects the tendon a few centimeters above the heel and is more common in active people, particularly runners. Insertional Achilles tendinopathy affects the point where the tendon joins the heel bone and is more common in older and less active people.',
    'The condition used to be called Achilles tendinitis, but it is now understood to involve changes in the structure of the tendon more than ongoing inflammation. It usually improves with a structured, progressive exercise program, though recovery takes time. This article explains the causes, symptoms, warning signs and treatments.',
  ],
  causesIntro:
    'Achilles tendinopathy develops when the tendon is loaded more than it can currently adapt to, or when its capacity to cope with load falls. Common contributing factors include:',
  causes: [
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'A rapid increase in running distance, speed, hill work or jumping, or taking up a new sport, is the most common trigger in active people.',
    },
    {
      cause: 'training-errors',
      detail:
        'Too little recovery between sessions, sudden changes of footwear or running surface, and frequent hill or speed work without a gradual build-up can overload the tendon.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'Tendons become less able to cope with sudden increases in load with age, and Achilles tendinopathy is most common from the mid-30s onward.',
    },
    {
      cause: 'reduced-flexibility',
      detail: 'Tight or weak calf muscles and stiffness at the ankle may increase the strain on the Achilles tendon.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Very high or low arches, or a foot that rolls inward a lot, can change how the tendon is loaded, although the link is not consistent.',
    },
    {
      cause: 'excess-body-weight',
      detail: 'Extra body weight is associated with Achilles tendinopathy, particularly the insertional type.',
    },
    {
      cause: 'diabetes',
      detail: 'Diabetes is linked with changes in tendon structure and a higher risk of tendon problems, including in the Achilles.',
    },
  ],
  causesSummary:
    'Some medicines, notably fluoroquinolone antibiotics such as ciprofloxacin, can increase the risk of Achilles tendon problems and rupture. If you develop tendon pain while taking one, contact the prescriber straight away.',
  symptomsIntro:
    'Symptoms usually build up gradually and may at first be noticed only at the start of exercise or the morning after. One or both legs can be affected.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common symptoms include:',
  symptoms: [
    {
      symptom: 'localized-pain',
      frequency: 'common',
      detail:
        'Pain in the tendon at the back of the ankle, either a few centimeters above the heel (mid-portion) or where the tendon meets the heel bone (insertional).',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail:
        'Stiffness and pain when you first get up in the morning or after sitting, which often eases as the tendon warms up.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain at the start of running, jumping or climbing stairs that may ease during exercise but returns afterward or the next day. As it progresses, pain may last through activity.',
    },
    {
      symptom: 'tenderness',
      frequency: 'common',
      detail: 'Squeezing the tendon between finger and thumb is often painful at the affected spot.',
    },
    {
      symptom: 'swelling',
      frequency: 'lessCommon',
      detail: 'The tendon may look or feel thickened, or there may be a tender lump in the tendon.',
    },
    {
      symptom: 'heel-pain',
      frequency: 'lessCommon',
      detail:
        'With insertional tendinopathy, the pain is felt at the back of the heel and may be worse when shoes press on the area.',
    },
    {
      symptom: 'weakness',
      frequency: 'lessCommon',
      detail: 'Pushing off or rising onto tiptoe on the affected leg may feel weaker or be limited by pain.',
    },
  ],
  symptomsClosing:
    'Achilles tendinopathy is usually diagnosed from your symptoms and an examination. An ultrasound or MRI scan may be used if the diagnosis is unclear, symptoms are not improving, or a tear is suspected.',
  whenToSeeDoctorIntro:
    'Achilles tendinopathy can usually be managed with self-care and support from a physical therapist, but some symptoms need urgent attention. Seek help as described below:',
  whenToSeeDoctor: [
    {
      title: 'Calf Swelling With Chest Pain or Breathlessness',
      urgency: 'emergency',
      detail:
        'A painful, swollen, warm calf can be a blood clot (deep vein thrombosis). If this comes with chest pain, breathlessness or coughing up blood, call your local emergency number straight away.',
    },
    {
      title: 'A Sudden Snap or Feeling of Being Kicked in the Back of the Ankle',
      urgency: 'urgent',
      detail:
        'A sudden pop or snap, sharp pain as if something has hit the back of the leg, and difficulty walking or pushing off may mean the Achilles tendon has ruptured. Go to an emergency department the same day, as early treatment gives the best outcome.',
    },
    {
      title: 'A Painful, Swollen Calf Without Breathing Problems',
      urgency: 'urgent',
      detail:
        'Calf pain with swelling, warmth or redness, especially after a long journey, surgery or a period of immobility, needs same-day medical assessment to check for a blood clot.',
    },
    {
      title: 'Tendon Pain While Taking Certain Antibiotics',
      urgency: 'urgent',
      detail:
        'If tendon pain or swelling starts while taking, or soon after taking, a fluoroquinolone antibiotic such as ciprofloxacin or levofloxacin, stop taking it and contact your doctor or the prescriber straight away, as official safety advice recommends.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'See a doctor or physical therapist if Achilles pain has not improved after a couple of weeks of self-care, keeps returning, or is stopping you from exercising or working.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will check the tendon, your calf strength and your ability to rise onto tiptoe, and ask about your activity, footwear and medicines.\n\nIf you are unsure whether your symptoms are serious, seek advice rather than waiting.',
  treatmentsIntro:
    'Most people improve with a combination of load management and progressive exercise. Other treatments are used alongside exercise, or if symptoms persist.',
  treatments: [
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Progressive calf-strengthening exercises, such as slow heel raises on a flat floor, then on a step and with added weight, are the best-supported treatment. Some pain during the exercises is acceptable if it settles by the next morning. For insertional pain, avoid letting the heel drop below the step.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can set and progress a loading program, check calf strength and movement, and plan a gradual return to running and sport.',
    },
    {
      treatment: 'activity-modification',
      detail:
        'Reduce, rather than stop, activities that aggravate the tendon, such as hills, sprinting and jumping. Many people can continue some running if pain stays mild and settles by the next day.',
    },
    {
      treatment: 'orthotics',
      detail:
        'A small heel lift in both shoes can reduce the strain on the tendon in the short term, particularly for insertional pain.',
    },
    {
      treatment: 'supportive-footwear',
      detail:
        'Well-cushioned shoes with a slightly raised heel may be more comfortable than flat shoes. For insertional pain, choose shoes that do not press on the back of the heel.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail: 'An ice pack wrapped in a cloth for up to 20 minutes after activity may ease pain.',
    },
    {
      treatment: 'medications',
      detail:
        'Paracetamol or an anti-inflammatory medicine such as ibuprofen, if suitable, can ease pain in the short term but do not treat the underlying tendon problem.',
    },
    {
      treatment: 'topical-analgesics',
      detail: 'An anti-inflammatory gel applied over the tendon is an alternative to tablets for short-term pain relief.',
    },
    {
      treatment: 'shockwave-therapy',
      detail:
        'For symptoms that persist despite a good exercise program, a specialist may offer shockwave therapy, usually alongside continued exercise.',
    },
  ],
  treatmentsClosing:
    'Steroid injections into or around the Achilles tendon are generally avoided because of the risk of rupture. Surgery is considered only for a small number of people whose symptoms persist for six months or more despite thorough non-surgical treatment.',
  recovery: {
    overview:
      'Tendons adapt slowly, so recovery usually takes months rather than weeks. Many people improve significantly within three months of consistent exercise, but it can take six months or longer to return fully to running and jumping sports.',
    minWeeks: 12,
    maxWeeks: 26,
    phases: [
      {
        name: 'Calming the tendon',
        intro: 'In the first weeks, reduce irritating loads while starting to exercise the calf:',
        steps: [
          'Cut back on hills, speed work and jumping, and replace some sessions with cycling or swimming if needed.',
          'Start calf exercises, such as holding a heel raise or slow heel raises on both legs.',
          'Use the 24-hour rule: if pain and stiffness are worse the next morning, reduce the load slightly.',
        ],
      },
      {
        name: 'Building strength',
        intro: 'As the tendon settles, progress the exercises:',
        steps: [
          'Move to single-leg heel raises, then add a step and extra weight from a backpack.',
          'Include bent-knee heel raises to strengthen the deeper calf muscle.',
          'Aim to do the exercises regularly, several times a week, for at least 12 weeks.',
        ],
      },
      {
        name: 'Returning to sport',
        intro: 'Once strength is good and pain is mild:',
        steps: [
          'Add hopping and skipping drills, then gradually reintroduce running and jumping.',
          'Increase running volume before speed or hills, in small weekly steps.',
          'Keep up calf strengthening to reduce the risk of recurrence.',
        ],
      },
    ],
    complications:
      'Symptoms can become long-lasting or keep coming back if load is increased too quickly or the exercises are stopped early. Rarely, a weakened tendon can tear; a sudden snap or loss of push-off needs urgent assessment.',
    tips: [
      'Warm up gradually before running or sport, starting with walking or easy jogging.',
      'Change shoes, surfaces and training gradually rather than all at once.',
      'Be patient: tendon recovery is measured in months, and steady progress matters more than speed.',
    ],
    summary:
      'Achilles tendinopathy usually improves with patient, progressive calf strengthening and sensible load management, allowing most people to return to the activities they enjoy.',
  },
  conclusion: [
    'Achilles tendinopathy causes pain and stiffness in the tendon at the back of the ankle, often after a sudden increase in activity. It is best treated with progressive calf-strengthening exercises and careful management of load, and most people recover over several months.',
    'Call your local emergency number for a swollen calf with chest pain or breathlessness, and go to an emergency department the same day if you feel a sudden snap in the tendon. This sample article is for general information only and does not replace individual medical advice.',
  ],
  sources: ['nhs-achilles-tendinopathy', 'martin-2018-achilles-tendinopathy-guideline'],
  author: 'editorial-team',
  reviewedBy: 'dr-james-okafor',
  publishedAt: '2026-10-26T09:00:00Z',
  lastReviewed: '2026-11-09',
  nextReviewDue: '2029-11-09',
}
