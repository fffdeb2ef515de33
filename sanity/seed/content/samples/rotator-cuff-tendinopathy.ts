import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const rotatorCuffTendinopathy: ArticleSeed = {
  slug: 'rotator-cuff-tendinopathy',
  conditionName: 'Rotator Cuff Tendinopathy',
  title: 'Rotator Cuff Tendinopathy: Causes, Symptoms and Treatment',
  region: 'shoulder',
  summary:
    'Rotator cuff tendinopathy causes shoulder pain when lifting the arm or lying on it. Learn the causes, symptoms, warning signs, exercise treatment and recovery.',
  sample: true,
  introduction: [
    'The rotator cuff is a group of four muscles and their tendons that wrap around the top of the upper arm bone and hold it centered in the shallow shoulder socket. Rotator cuff tendinopathy is pain and reduced tolerance to load in one or more of these tendons, most often the supraspinatus tendon at the top of the shoulder.',
    'It is one of the most common reasons for shoulder pain in adults, especially from middle age onward. You may also hear it called rotator cuff related shoulder pain, subacromial pain or shoulder impingement. These names describe broadly the same picture: an ache at the front or side of the shoulder that is worse when you raise the arm, reach behind you or lie on that side.',
    'Rotator cuff tendinopathy is not usually a sign that the tendon is torn, and most people improve without surgery. A gradual, progressive exercise program is the main treatment. This article explains why the problem develops, the symptoms to expect, the warning signs that need urgent care, and the treatments that can help.',
  ],
  causesIntro:
    'Tendinopathy develops when the load placed on a tendon is more than it can currently cope with, or when the tendon’s capacity falls, for example with age. The main contributing factors include:',
  causes: [
    {
      cause: 'muscle-overuse',
      detail:
        'Repeated overhead work or sport, such as painting ceilings, stacking shelves, swimming, tennis or throwing, loads the rotator cuff tendons many times, and without enough recovery they can become painful.',
    },
    {
      cause: 'sudden-increase-in-activity',
      detail:
        'A sudden change in load, such as a weekend of decorating, a new gym program or returning to sport after a break, is a common trigger, because the tendons have not had time to adapt.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'Rotator cuff tendons gradually change with age, and tendinopathy is most common after the age of 40. Such changes are often seen on scans of people who have no pain at all, so they are only part of the story.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Weakness of the rotator cuff and of the muscles that control the shoulder blade can change how the shoulder moves and how load is shared across the tendons.',
    },
    {
      cause: 'poor-posture',
      detail:
        'A rounded, slumped upper back can make it harder to raise the arm fully. Posture is not a cause on its own, but changing position often and keeping the upper back mobile can make overhead movements more comfortable.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A fall onto an outstretched arm or a sudden pull on the arm can strain the tendons. After a significant injury, sudden weakness may mean a tear rather than tendinopathy and needs assessment.',
    },
    {
      cause: 'smoking',
      detail: 'Smoking is associated with poorer tendon health and a higher risk of rotator cuff problems.',
    },
  ],
  causesSummary:
    'For most people, rotator cuff tendinopathy reflects a mismatch between the load on the shoulder and what the tendons can tolerate. That is why treatment focuses on adjusting load for a while and then steadily building strength.',
  symptomsIntro:
    'Symptoms usually come on gradually over weeks or months, although they can start after a particular activity. One shoulder is usually affected, most often the dominant arm.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common symptoms include:',
  symptoms: [
    {
      symptom: 'shoulder-pain',
      frequency: 'common',
      detail:
        'An ache at the front or outer side of the shoulder, which often spreads down the outside of the upper arm toward the elbow.',
    },
    {
      symptom: 'activity-related-pain',
      frequency: 'common',
      detail:
        'Pain when lifting the arm out to the side or overhead, reaching into a back pocket, doing up a bra, or carrying a bag at arm’s length. Many people notice a painful arc between shoulder height and overhead.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'common',
      detail:
        'Pain when lying on the affected side, or aching that wakes you at night and makes it hard to get comfortable.',
    },
    {
      symptom: 'weakness',
      frequency: 'common',
      detail:
        'The arm may feel weak when lifting or turning outward, usually because pain limits effort. Marked weakness, especially after an injury, should be checked for a tear.',
    },
    {
      symptom: 'reduced-range-of-motion',
      frequency: 'lessCommon',
      detail:
        'Pain can limit how far you lift the arm, but if someone else lifts it for you the movement is usually close to normal. A shoulder that is stiff in every direction suggests another problem, such as frozen shoulder.',
    },
    {
      symptom: 'stiffness',
      frequency: 'lessCommon',
      detail: 'The shoulder may feel stiff first thing in the morning or after a period of rest.',
    },
    {
      symptom: 'clicking-or-grinding',
      frequency: 'lessCommon',
      detail: 'Some people notice clicking or catching when moving the arm. On its own this is usually harmless.',
    },
  ],
  symptomsClosing:
    'Rotator cuff tendinopathy is usually diagnosed from your symptoms and an examination of how the shoulder moves and how strong it is. Scans are not routinely needed at first; an ultrasound or MRI may be considered if symptoms do not improve, if a tear is suspected, or if surgery is being discussed.',
  whenToSeeDoctorIntro:
    'Most rotator cuff pain can be managed with self-care and a physical therapist’s help, but shoulder pain can sometimes have a serious cause. Get help as described below:',
  whenToSeeDoctor: [
    {
      title: 'Shoulder or Arm Pain With Chest Pain or Breathlessness',
      urgency: 'emergency',
      detail:
        'Pain in the shoulder, arm, neck or jaw together with chest pain or pressure, breathlessness, sweating or feeling sick can be a heart attack. Call your local emergency number immediately; do not wait to see if it passes.',
    },
    {
      title: 'Severe Pain and Deformity After a Fall or Injury',
      urgency: 'emergency',
      detail:
        'If the shoulder looks out of place, you cannot move the arm at all, or the pain is severe after a fall or collision, go to an emergency department, as the shoulder may be dislocated or broken.',
    },
    {
      title: 'A Hot, Red, Swollen Shoulder or Fever',
      urgency: 'urgent',
      detail:
        'A shoulder that is hot, red or swollen, especially if you have a high temperature or feel unwell, may be infected and needs same-day medical assessment.',
    },
    {
      title: 'Sudden Weakness After an Injury',
      urgency: 'urgent',
      detail:
        'If you suddenly cannot lift the arm after a fall or a strong pull, a significant tendon tear is possible. Early assessment matters because some tears do better with prompt surgical repair.',
    },
    {
      title: 'Pain That Is Not Improving After a Few Weeks',
      urgency: 'routine',
      detail:
        'See a doctor or physical therapist if pain has not started to improve after two weeks of self-care, if it keeps coming back, or if it is stopping you from working, sleeping or doing daily tasks.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will ask about your work, sport and how the pain started, then test the movement and strength of the shoulder. They will also check the neck, because neck problems can cause pain felt in the shoulder.\n\nIf you are unsure how urgent your symptoms are, seek advice rather than waiting.',
  treatmentsIntro:
    'Treatment aims to settle pain enough for you to keep using the arm, then rebuild the strength and tolerance of the rotator cuff. Exercise is the foundation, and other options can support it.',
  treatments: [
    {
      treatment: 'physical-therapy',
      detail:
        'A physical therapist can set a graded exercise program for the rotator cuff and shoulder blade muscles, review your technique and progress the load over several months. Structured exercise has the strongest support of any treatment.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Regular home exercises, such as outward rotation with a resistance band and gradually raising the arm with a light weight, build tendon capacity. Mild discomfort during exercise is acceptable if it settles within a day.',
    },
    {
      treatment: 'activity-modification',
      detail:
        'For a few weeks, reduce the activities that clearly aggravate the pain, such as repeated overhead reaching or lifting at arm’s length, without resting the arm completely. Keep using it for everyday tasks below shoulder height.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'An ice pack wrapped in a cloth for up to 20 minutes may ease pain after activity, while a warm pack can help the shoulder feel less stiff before exercise.',
    },
    {
      treatment: 'medications',
      detail:
        'Paracetamol or an anti-inflammatory medicine such as ibuprofen, if suitable for you, can ease pain in the short term so that you can sleep and keep exercising. Ask a pharmacist or doctor what is safe for you.',
    },
    {
      treatment: 'injections',
      detail:
        'A corticosteroid injection into the space above the tendon can give short-term relief when pain is stopping you from exercising. Its benefit usually wears off within weeks, so it is best used to help you start an exercise program rather than instead of one.',
    },
    {
      treatment: 'shockwave-therapy',
      detail:
        'If calcium deposits have formed in the tendon (calcific tendinopathy) and symptoms persist, a specialist may offer shockwave therapy.',
    },
    {
      treatment: 'surgery',
      detail:
        'Surgery is not usually needed for tendinopathy. A large trial found that a common operation to shave bone above the tendon (subacromial decompression) gave no meaningful benefit over a placebo procedure. Surgery is mainly considered for some tendon tears.',
    },
  ],
  treatmentsClosing:
    'Most people do well with exercise, sensible adjustments to load and time. If pain is not improving after several months of a well-structured program, a specialist can review the diagnosis and discuss other options.',
  recovery: {
    overview:
      'Tendons adapt slowly, so recovery is measured in weeks to months. Many people notice improvement within six to twelve weeks of regular exercise, but it can take three to six months or longer to regain full strength and confidence for overhead work or sport.',
    minWeeks: 6,
    maxWeeks: 26,
    phases: [
      {
        name: 'Settling the pain',
        intro: 'In the first weeks, reduce irritating loads and start gentle exercise:',
        steps: [
          'Keep the arm moving for everyday tasks below shoulder height and cut back on repeated overhead reaching.',
          'Start easy exercises, such as holding gentle pushes against a wall or doorframe without moving the arm.',
          'Use pain relief, ice or heat as needed so that you can sleep and keep moving.',
        ],
      },
      {
        name: 'Building strength',
        intro: 'As pain settles, progress the exercises steadily:',
        steps: [
          'Add resistance band and light weight exercises for outward rotation and raising the arm.',
          'Include exercises for the shoulder blade muscles and gradually work at and above shoulder height.',
          'Increase resistance every week or two, as long as any discomfort settles by the next day.',
        ],
      },
      {
        name: 'Returning to full activity',
        intro: 'Finally, prepare the shoulder for the demands of your work or sport:',
        steps: [
          'Practice the specific movements you need, such as throwing, swimming strokes or lifting onto a shelf.',
          'Build volume gradually rather than returning to full training or work all at once.',
          'Keep a short strengthening routine two or three times a week to reduce the chance of a flare-up.',
        ],
      },
    ],
    complications:
      'Symptoms can become persistent or keep coming back, particularly if exercise is stopped early or load is increased too quickly. A minority of people have a tendon tear, which may need a different plan; new weakness or a sudden change in symptoms should be reassessed.',
    tips: [
      'Sleep on the other side or on your back, with a pillow supporting the painful arm.',
      'Break up long periods of overhead work with short rests and keep tools close to your body.',
      'Expect progress over months rather than days, and keep exercising once the pain has eased.',
    ],
    summary:
      'With patient, progressive exercise and sensible changes to load, most people with rotator cuff tendinopathy regain comfortable use of the arm without surgery.',
  },
  conclusion: [
    'Rotator cuff tendinopathy is a common cause of shoulder pain that is worse when lifting the arm or lying on it. It usually reflects tendons that have been overloaded or have become less able to cope with load, rather than serious damage, and a structured exercise program is the treatment with the strongest support.',
    'Call your local emergency number for shoulder or arm pain with chest pain or breathlessness, and seek urgent care after an injury that leaves the shoulder deformed or suddenly weak. This sample article is for general information only and does not replace an assessment by a healthcare professional.',
  ],
  sources: [
    'nhs-shoulder-pain',
    'nice-cks-shoulder-pain',
    'lewis-2016-rotator-cuff-related-shoulder-pain',
    'beard-2018-csaw-trial',
  ],
  author: 'sofia-lindqvist',
  reviewedBy: 'dr-james-okafor',
  publishedAt: '2025-02-10T09:00:00Z',
  lastReviewed: '2025-02-24',
  nextReviewDue: '2026-02-24',
}
