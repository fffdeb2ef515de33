import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const plantarFasciitis: ArticleSeed = {
  slug: 'plantar-fasciitis',
  conditionName: 'Plantar Fasciitis',
  title: 'Plantar Fasciitis: Causes, Symptoms and Treatment',
  region: 'foot-and-ankle',
  summary:
    'Plantar fasciitis causes heel pain that is worst with the first steps of the day. Learn causes, symptoms, when to get help, treatments and recovery time.',
  sample: true,
  introduction: [
    'Plantar fasciitis is pain and irritation of the plantar fascia, a thick band of tissue that runs along the sole of the foot from the heel bone to the base of the toes. The plantar fascia supports the arch and acts like a spring as you walk and run. When it is overloaded, the area where it attaches to the heel becomes painful.',
    {
      text:
        'It is the most common cause of heel pain in adults and is most often seen between the ages of 40 and 60. It affects runners and people who are on their feet all day at work, but it is also common in people who are not particularly active. The classic sign is sharp pain under the heel with the first steps in the morning or after sitting.',
      cite: [
        { words: 'It is the most common cause of heel pain in adults', source: 'nice-cks-plantar-fasciitis' },
        { words: 'The classic sign is sharp pain under the heel with the first steps in the morning or after sitting', source: 'nhs-plantar-fasciitis' },
      ],
    },
    'The good news is that plantar fasciitis usually gets better with simple measures such as stretching, supportive footwear and adjusting activity, although it can take several months. This article covers the causes, symptoms, when to seek help and the treatments that are available.',
  ],
  causesIntro:
    'Plantar fasciitis develops when the load on the plantar fascia is more than it can tolerate, leading to small areas of damage and thickening near the heel. Factors that increase the risk include:',
  causes: [
    {
      cause: 'excess-body-weight',
      detail:
        'Extra body weight increases the load on the heel and plantar fascia with every step and is one of the strongest risk factors, especially in people who are not runners.',
    },
    {
      cause: 'prolonged-standing',
      detail:
        'Jobs that involve standing or walking on hard floors for much of the day, such as retail, teaching, factory or hospital work, are linked with a higher risk.',
    },
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'A sudden increase in walking, running or standing, such as a walking holiday, a new job or a jump in training mileage, is a common trigger.',
    },
    {
      cause: 'reduced-flexibility',
      detail:
        'Tight calf muscles and Achilles tendon, and reduced upward bend at the ankle, increase the pull on the plantar fascia and are linked with heel pain.',
    },
    {
      cause: 'training-errors',
      detail:
        'Running in worn-out shoes, running on hard surfaces, or increasing speed or hill work too quickly can overload the heel.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Very flat feet, high arches or a foot that rolls inward a lot can change how load passes through the plantar fascia.',
    },
    {
      cause: 'age-related-changes',
      detail: 'The fat pad under the heel and the plantar fascia itself change with age, which may explain why the condition peaks in middle age.',
    },
  ],
  causesSummary:
    'Plantar fasciitis usually results from a combination of factors rather than one cause. Many of them, such as footwear, activity levels, calf flexibility and body weight, can be changed, which is the basis of treatment.',
  symptomsIntro:
    'Symptoms usually come on gradually and often affect one foot, although both can be affected. The pain is typically felt under the heel, slightly toward the inner side.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common symptoms include:',
  symptoms: [
    {
      symptom: 'heel-pain',
      frequency: 'common',
      detail:
        'A sharp, stabbing or bruised feeling under the heel that is often worst with the first steps after getting out of bed or standing up after sitting, and eases as you keep moving.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail: 'The heel and arch feel stiff in the morning or after rest, and loosen after a few minutes of walking.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain often returns after long periods of standing or walking, and may be worse after exercise rather than during it.',
    },
    {
      symptom: 'tenderness',
      frequency: 'common',
      detail: 'Pressing on the underside of the heel, toward the inner side, is often painful.',
    },
    {
      symptom: 'altered-gait',
      frequency: 'lessCommon',
      detail:
        'Some people walk on their toes or on the outside of the foot to avoid putting weight on the heel, which can cause aching elsewhere.',
    },
    {
      symptom: 'swelling',
      frequency: 'lessCommon',
      detail: 'There may be slight swelling around the heel. Marked swelling, redness or heat is unusual and should be checked.',
    },
  ],
  symptomsClosing:
    'Plantar fasciitis is diagnosed from your symptoms and an examination of the foot. Scans are not usually needed. A heel spur may be seen on an X-ray, but spurs are common in people without heel pain and are not thought to be the cause of the pain.',
  whenToSeeDoctorIntro:
    'Plantar fasciitis is not dangerous, but heel and foot pain can have other causes that need attention. Seek help as described below:',
  whenToSeeDoctor: [
    {
      title: 'A Hot, Red, Swollen Foot or Leg With Fever',
      urgency: 'emergency',
      detail:
        'A foot or lower leg that is hot, red, swollen and very painful, especially with a high temperature or feeling unwell, may be a serious infection. Seek emergency care straight away, particularly if you have diabetes.',
    },
    {
      title: 'Severe Pain After an Injury or Unable to Walk',
      urgency: 'urgent',
      detail:
        'If heel pain started after a fall or a jump, or you cannot put weight on the foot, you may have a fracture or a tendon injury and should get same-day assessment.',
    },
    {
      title: 'Numbness or Tingling in the Foot, Especially With Diabetes',
      urgency: 'urgent',
      detail:
        'Heel pain with tingling, burning or loss of feeling in the foot may mean nerve involvement. If you have diabetes, any new foot pain, wound or change in sensation should be checked promptly by your doctor or foot care team.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'See a doctor, physical therapist or podiatrist if heel pain has not improved after two weeks of self-care, or if it is affecting your work or daily life.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will check where the foot is tender, look at your footwear and how you walk, and ask about your work and activity levels.\n\nIf you are unsure whether your symptoms need urgent care, seek advice rather than waiting.',
  treatmentsIntro:
    'Most people with plantar fasciitis get better with a combination of simple measures. More specialist treatments are used if pain persists despite several months of self-care.',
  treatments: [
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Stretching the calf and the plantar fascia, for example pulling the toes back toward the shin before getting out of bed, is one of the best-supported treatments. Strengthening exercises such as slow heel raises may also help.',
    },
    {
      treatment: 'supportive-footwear',
      detail:
        'Wear shoes with a cushioned sole, a slightly raised heel and good arch support, and avoid walking barefoot on hard floors, flat shoes and flip-flops while the heel is painful. Replace worn running shoes.',
    },
    {
      treatment: 'activity-modification',
      detail:
        'Cut back on long periods of standing, walking or running while pain settles. Low-impact exercise such as cycling or swimming can keep you fit in the meantime.',
    },
    {
      treatment: 'orthotics',
      detail:
        'Heel cups or arch-supporting insoles can reduce pain in the short term for some people. Off-the-shelf insoles are usually as effective as custom-made ones to begin with.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'Holding an ice pack wrapped in a cloth on the heel, or rolling the foot over a cold bottle, for up to 20 minutes may ease pain after activity.',
    },
    {
      treatment: 'medications',
      detail:
        'Painkillers such as paracetamol, or an anti-inflammatory medicine such as ibuprofen if it is suitable for you, can help in the short term. Ask a pharmacist for advice.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist or podiatrist can tailor stretching and strengthening, and may use taping of the foot or recommend a night splint that keeps the foot gently stretched while you sleep.',
    },
    {
      treatment: 'shockwave-therapy',
      detail:
        'For heel pain that has lasted several months despite other treatment, a specialist may offer shockwave therapy, which has reasonable evidence in persistent plantar fasciitis.',
    },
    {
      treatment: 'injections',
      detail:
        'A corticosteroid injection may give short-term relief, but it carries a risk of thinning the heel fat pad or, rarely, rupture of the plantar fascia, so it is usually reserved for severe, persistent pain.',
    },
  ],
  treatmentsClosing:
    'Surgery is rarely needed and is considered only when severe pain has continued for a long time, often a year or more, despite other treatment.',
  recovery: {
    overview:
      'Plantar fasciitis usually improves gradually. Many people feel better within a few months with regular stretching and sensible changes to footwear and activity, but it can take 6 to 12 months to settle fully.',
    minWeeks: 12,
    maxWeeks: 52,
    phases: [
      {
        name: 'Easing the pain',
        intro: 'In the first weeks, reduce strain on the heel:',
        steps: [
          'Switch to supportive, cushioned shoes and avoid going barefoot on hard floors.',
          'Stretch the calf and the sole of the foot several times a day, especially before your first steps in the morning.',
          'Reduce long periods of standing and high-impact exercise, and use ice or pain relief as needed.',
        ],
      },
      {
        name: 'Building strength and returning to activity',
        intro: 'As the pain eases, gradually increase what you do:',
        steps: [
          'Add strengthening exercises for the calf and foot, such as heel raises.',
          'Increase walking, running or standing time in small steps, watching how the heel feels the next morning.',
          'Keep up the stretches and supportive footwear to help prevent the pain coming back.',
        ],
      },
    ],
    complications:
      'Heel pain can become long-lasting if the heel continues to be overloaded. Changing how you walk to protect the heel can lead to pain in the foot, knee, hip or back. Steroid injections carry a small risk of fat pad thinning or plantar fascia rupture.',
    tips: [
      'Keep a pair of supportive shoes or slippers by the bed so that you are not walking barefoot first thing.',
      'Roll the arch of your foot over a ball or a cold bottle to ease discomfort.',
      'If you are overweight, losing even a moderate amount of weight can reduce the load on your heels.',
    ],
    summary:
      'Plantar fasciitis takes patience, but most people recover without surgery through stretching, supportive footwear and managing how much time they spend on their feet.',
  },
  conclusion: [
    'Plantar fasciitis is a common cause of heel pain, typically sharpest with the first steps of the day. It is linked with body weight, long hours on your feet, sudden increases in activity and tight calf muscles, and it usually improves with stretching, good footwear and sensible activity changes.',
    'Seek emergency care for a hot, red, swollen foot or leg with fever, and get prompt advice for new foot symptoms if you have diabetes. This sample article is for general information only and does not replace an assessment by a healthcare professional.',
  ],
  sources: ['nhs-plantar-fasciitis', 'nice-cks-plantar-fasciitis', 'martin-2014-plantar-fasciitis-guideline'],
  author: 'sofia-lindqvist',
  reviewedBy: 'dr-amira-patel',
  publishedAt: '2024-06-03T09:00:00Z',
  lastReviewed: '2025-05-12',
  nextReviewDue: '2026-05-12',
}
