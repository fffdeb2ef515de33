import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const mechanicalLowBackPain: ArticleSeed = {
  slug: 'mechanical-low-back-pain',
  conditionName: 'Mechanical Low Back Pain',
  title: 'Mechanical Low Back Pain: Causes, Symptoms and Treatment',
  region: 'lower-back',
  summary:
    'Mechanical low back pain is common and usually improves with time. Learn about causes, symptoms, red flags, staying active, treatments and recovery.',
  sample: true,
  introduction: [
    'Low back pain is one of the most common reasons people see a doctor, and most adults experience it at some point. In the large majority of cases, no single damaged structure can be identified. Doctors often call this non-specific or mechanical low back pain, meaning the pain comes from the muscles, ligaments, joints and discs of the lower back and tends to change with movement and posture.',
    'Although mechanical back pain can be very painful, especially in the first few days, it is rarely a sign of serious damage. Most episodes improve significantly within a few weeks, although it is common for back pain to come and go over time.',
    'Current guidance, including the NICE guideline on low back pain and sciatica, emphasizes staying active, exercise and self-management over bed rest and routine scans. This article explains what can contribute to mechanical back pain, the warning signs that need prompt attention, and the treatments most likely to help.',
  ],
  causesIntro:
    'Mechanical back pain rarely has one clear cause. Instead, a combination of physical, lifestyle and psychological factors can make the back more sensitive. Factors commonly linked with it include:',
  causes: [
    {
      cause: 'heavy-lifting',
      detail:
        'Lifting something heavy, or lifting and twisting at the same time, can strain the muscles and ligaments of the lower back. Pain often comes on the same day or the next morning.',
    },
    {
      cause: 'sedentary-lifestyle',
      detail:
        'Low levels of physical activity can leave the back and trunk muscles deconditioned, so everyday tasks become more likely to provoke pain.',
    },
    {
      cause: 'poor-posture',
      detail:
        'Staying in any one position for a long time, such as sitting at a desk or standing bent over a task, can make the back ache. Changing position often matters more than finding one perfect posture.',
    },
    {
      cause: 'stress-and-tension',
      detail:
        'Stress, low mood, worry about pain and poor sleep can all increase muscle tension and how strongly pain is felt. They are also linked with pain lasting longer.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'Discs and spinal joints change gradually with age. These changes are very common on scans even in people without pain, so they do not necessarily explain symptoms on their own.',
    },
    {
      cause: 'excess-body-weight',
      detail: 'Carrying extra weight increases the load on the lower back and is associated with a higher risk of back pain.',
    },
  ],
  causesSummary:
    'Mechanical back pain is best understood as a sensitive back rather than a damaged one. Addressing several contributing factors at once, such as activity levels, workload and stress, is often more effective than searching for a single cause.',
  symptomsIntro:
    'Mechanical back pain is typically felt across the lower back, and it usually changes with movement, position and activity.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Some people also experience:',
  symptoms: [
    {
      symptom: 'lower-back-pain',
      frequency: 'common',
      detail:
        'An ache or sharp pain in the lower back, on one or both sides, that often eases with some positions and worsens with others.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail: 'The back often feels stiff first thing in the morning or after sitting, and loosens as you start moving.',
    },
    {
      symptom: 'muscle-spasms',
      frequency: 'common',
      detail: 'The muscles alongside the spine may tighten suddenly, making it hard to straighten up or bend.',
    },
    {
      symptom: 'pain-when-sitting',
      frequency: 'common',
      detail: 'Sitting or standing still for long periods often increases the ache, while short walks can ease it.',
    },
    {
      symptom: 'referred-pain',
      frequency: 'lessCommon',
      detail:
        'Pain may spread into the buttocks or the back of the thighs. Pain that travels below the knee, especially with numbness or tingling, is more suggestive of sciatica.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail: 'Turning over in bed or finding a comfortable position may be difficult, disturbing sleep during a flare-up.',
    },
  ],
  symptomsClosing:
    'Most people with mechanical back pain do not need an X-ray or MRI. Guidance advises against routine imaging unless the results are likely to change treatment or a serious cause is suspected.',
  whenToSeeDoctorIntro:
    'Back pain is rarely caused by something serious, but a small number of warning signs need prompt or emergency care. Seek help if you notice:',
  whenToSeeDoctor: [
    {
      title: 'Bladder or Bowel Changes, or Numbness in the Saddle Area',
      urgency: 'emergency',
      detail:
        'Loss of bladder or bowel control, difficulty peeing, numbness around the genitals or anus, or weakness in both legs can indicate cauda equina syndrome. Go to an emergency department immediately.',
    },
    {
      title: 'Fever or Feeling Unwell With Back Pain',
      urgency: 'urgent',
      detail:
        'A high temperature, chills or feeling generally unwell with back pain may point to an infection and needs to be assessed the same day.',
    },
    {
      title: 'Back Pain After a Fall or Injury',
      urgency: 'urgent',
      detail:
        'Significant back pain after a fall, accident or minor injury in someone with osteoporosis or who has taken steroid medicines long term should be checked promptly for a fracture.',
    },
    {
      title: 'Unexplained Weight Loss, a History of Cancer or Constant Night Pain',
      urgency: 'urgent',
      detail:
        'Pain that does not ease with rest or changes of position, especially alongside weight loss or previous cancer, should be assessed by a doctor without delay.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'See a doctor or physical therapist if pain has not started to improve after a few weeks, or if it is stopping you from working or doing daily activities.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will ask about your symptoms and examine you to check for warning signs. Most people can then be reassured and supported to manage their pain.\n\nIf your pain is affecting work, sleep or mood, say so. These factors are important and there is support available.',
  treatmentsIntro:
    'Treatment for mechanical back pain focuses on staying active and building confidence in movement. Several approaches can help, often in combination:',
  treatments: [
    {
      treatment: 'walking',
      detail:
        'Keeping as active as you can, including regular short walks, is one of the most helpful things you can do. Bed rest for more than a day or so tends to slow recovery.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Exercise is a core part of managing back pain. Gentle movement, stretching and strengthening exercises for the back, hips and trunk can reduce pain and the risk of future episodes. The best exercise is one you enjoy and can keep doing.',
    },
    {
      treatment: 'yoga',
      detail:
        'Yoga, Pilates and similar mind-body exercise classes are options some people find helpful. Start with a beginner or back-care class and move within comfortable limits.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can assess your movement, reassure you about what the pain means and design an exercise program tailored to your goals and work.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'Heat packs or warm baths can ease muscle spasm and stiffness, while cold packs help some people in the early days. Protect your skin and use them for short periods.',
    },
    {
      treatment: 'medications',
      detail:
        'When suitable, anti-inflammatory medicines at the lowest effective dose for the shortest time may help. The NICE guideline advises against using paracetamol on its own for low back pain and against opioids for long-term back pain. Ask a pharmacist or doctor which options are safe for you.',
    },
    {
      treatment: 'massage-therapy',
      detail:
        'Massage may provide short-term relief and is most useful as part of a wider plan that includes exercise, rather than as a stand-alone treatment.',
    },
    {
      treatment: 'chiropractic-care',
      detail:
        'Spinal manipulation or mobilization, from a chiropractor, osteopath or physical therapist, may be considered alongside exercise, in line with current guidance.',
    },
    {
      treatment: 'cognitive-behavioral-therapy',
      detail:
        'For pain that persists or is strongly affecting daily life, psychological approaches such as cognitive behavioral therapy, combined with exercise, can help people manage pain and return to activity.',
    },
  ],
  treatmentsClosing:
    'Surgery is not a treatment for non-specific back pain. Most people improve with time, activity and simple measures, and support is available for those whose pain persists.',
  recovery: {
    overview:
      'Most episodes of mechanical back pain improve noticeably within a few weeks. Some take a few months to settle, and back pain often recurs, so building long-term habits is worthwhile.',
    minWeeks: 2,
    maxWeeks: 12,
    phases: [
      {
        name: 'Staying active through a flare-up',
        intro: 'In the first days and weeks, the aim is to keep moving while pain settles:',
        steps: [
          'Continue normal daily activities as much as possible, pacing them through the day.',
          'Take short, frequent walks and change position regularly.',
          'Use heat, cold or suitable pain relief so that you can keep moving.',
        ],
      },
      {
        name: 'Building strength and resilience',
        intro: 'As pain eases, gradually build fitness and confidence:',
        steps: [
          'Start a regular exercise routine, such as walking, swimming, yoga or strengthening exercises.',
          'Return gradually to work tasks, lifting and sport.',
          'Keep up regular exercise after recovery to help reduce future episodes.',
        ],
      },
    ],
    complications:
      'For some people back pain becomes persistent. Fear of movement, poor sleep, stress and low mood can all contribute, so it is important to ask for help early if pain is not improving.',
    tips: [
      'Hurt does not necessarily mean harm; gentle movement is safe and helpful for mechanical back pain.',
      'Break up long periods of sitting with short movement breaks.',
      'When lifting, keep the load close to your body and avoid twisting while you lift.',
    ],
    summary:
      'Staying active, gradually returning to normal activities and building regular exercise into your routine give the best chance of a good recovery.',
  },
  conclusion: [
    'Mechanical low back pain is very common, can be intensely painful, and is rarely serious. Staying active, exercising and using simple pain relief measures help most people recover within weeks.',
    'Seek emergency help for bladder or bowel changes or saddle numbness, and see a doctor promptly for fever, pain after a fall, or unexplained weight loss. This sample article is general information and does not replace advice from a qualified healthcare professional.',
  ],
  sources: ['nice-ng59-low-back-pain-sciatica', 'nhs-back-pain'],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-09-07T09:00:00Z',
  lastReviewed: '2026-09-21',
  nextReviewDue: '2027-09-21',
}
