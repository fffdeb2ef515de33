import type { ArticleSeed } from '../../types'

/** Sample content written for this project. */
export const mechanicalNeckPain: ArticleSeed = {
  slug: 'mechanical-neck-pain',
  conditionName: 'Mechanical Neck Pain',
  title: 'Mechanical Neck Pain: Causes, Symptoms and Treatment',
  region: 'neck',
  summary:
    'Mechanical neck pain is common and usually settles within weeks. Learn its causes, typical symptoms, emergency warning signs, self-care and treatment options.',
  sample: true,
  introduction: [
    'Mechanical neck pain, also called non-specific neck pain, is pain in the neck that comes from the muscles, ligaments, small joints and discs of the cervical spine rather than from a serious underlying disease. It typically changes with movement and posture, and it is one of the most common reasons people see a doctor or physical therapist.',
    'Many people wake with a stiff, painful neck after sleeping awkwardly, or notice aching after long hours at a desk, a long drive, or a stressful week. It can be very uncomfortable and can make it hard to turn your head, but in most cases it is not a sign of damage and improves within a few days to a few weeks.',
    'This article explains what commonly causes mechanical neck pain, the symptoms to expect, the warning signs that need urgent or emergency care, and the self-care and treatments that help most people recover.',
  ],
  causesIntro:
    'Often there is no single clear cause. Neck pain usually reflects a combination of load, posture, general fitness and stress. Common contributing factors include:',
  causes: [
    {
      cause: 'poor-posture',
      detail:
        'Holding the head forward for long periods, for example looking down at a phone or laptop, increases the work of the neck and upper back muscles. No single posture is harmful, but staying in any position for too long can cause aching.',
    },
    {
      cause: 'prolonged-sitting',
      detail:
        'Long periods at a desk, driving or studying without breaks are linked with neck and shoulder aching, especially when the screen is too low or too far away.',
    },
    {
      cause: 'stress-and-tension',
      detail:
        'Stress, anxiety and poor sleep can increase muscle tension around the neck and shoulders and make pain feel worse and last longer.',
    },
    {
      cause: 'muscle-overuse',
      detail:
        'Repeated or sustained tasks with the arms raised or the head turned, such as decorating, certain sports or manual work, can overload the neck muscles.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'A sudden jolt, such as whiplash in a car accident or a fall, can strain the soft tissues of the neck. Any significant injury to the head or neck should be assessed before you try to move or exercise it.',
    },
    {
      cause: 'age-related-changes',
      detail:
        'The discs and small joints of the neck change gradually with age (cervical spondylosis). These changes are very common on scans, even in people without pain, so they do not always explain symptoms.',
    },
    {
      cause: 'sedentary-lifestyle',
      detail:
        'Low levels of physical activity are linked with more frequent and longer-lasting neck pain, while regular exercise seems to protect against it.',
    },
  ],
  causesSummary:
    'Most neck pain is caused by everyday strains combined with posture, stress and fitness, and it is rarely caused by anything serious. That is why staying active and gradually getting back to normal activities is the main approach.',
  symptomsIntro:
    'Mechanical neck pain can come on suddenly, such as after sleeping in an awkward position, or build up gradually. Symptoms vary from a dull ache to sharp pain on movement.',
  commonSymptomsLead: 'Common symptoms include:',
  lessCommonSymptomsLead: 'Less common symptoms include:',
  symptoms: [
    {
      symptom: 'neck-pain',
      frequency: 'common',
      detail:
        'Aching or sharp pain in the neck that changes with movement or position and may spread across the tops of the shoulders or between the shoulder blades.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail:
        'The neck feels tight, especially in the morning or after staying in one position, and loosens with gentle movement.',
    },
    {
      symptom: 'reduced-range-of-motion',
      frequency: 'common',
      detail:
        'Turning the head to check over your shoulder, looking up or tilting the head may be limited and painful. Acute wry neck (torticollis) can leave the head held slightly to one side for a few days.',
    },
    {
      symptom: 'muscle-spasms',
      frequency: 'common',
      detail: 'The muscles at the side and back of the neck may feel hard, knotted or go into painful spasm.',
    },
    {
      symptom: 'headache',
      frequency: 'lessCommon',
      detail:
        'Pain that starts at the base of the skull and spreads over the back of the head (cervicogenic headache). A sudden, severe or unusual headache is different and needs urgent help.',
    },
    {
      symptom: 'tenderness',
      frequency: 'lessCommon',
      detail: 'Particular spots in the neck or upper shoulder muscles may be sore to press.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail: 'Pain can make it hard to find a comfortable position in bed, which in turn can make the neck feel worse.',
    },
  ],
  symptomsClosing:
    'Mechanical neck pain is diagnosed from your history and an examination. X-rays and scans are not usually needed, because the changes they show are common in people without pain and rarely change treatment. Pain, tingling or weakness spreading down an arm suggests an irritated nerve root, which is discussed in the article on cervical radiculopathy.',
  whenToSeeDoctorIntro:
    'Most neck pain gets better with self-care. However, neck pain can occasionally be a sign of a serious problem. Get help as follows:',
  whenToSeeDoctor: [
    {
      title: 'Neck Stiffness With Fever, Headache, Rash or Sensitivity to Light',
      urgency: 'emergency',
      detail:
        'A stiff neck together with a high temperature, severe headache, being sick, dislike of bright light, confusion or a rash that does not fade when a glass is pressed on it can be a sign of meningitis. Call your local emergency number immediately.',
    },
    {
      title: 'Neck Pain After a Serious Injury or With Numbness or Weakness in the Limbs',
      urgency: 'emergency',
      detail:
        'After a car accident, a fall from height or a blow to the head, or if neck pain comes with numbness, tingling or weakness in both arms or the legs, keep still and call your local emergency number.',
    },
    {
      title: 'A Sudden, Severe Headache or Chest Pain',
      urgency: 'emergency',
      detail:
        'A sudden "worst ever" headache, or neck pain with chest pain, breathlessness or pain spreading to the jaw or arm, needs emergency care straight away.',
    },
    {
      title: 'Unexplained Weight Loss, Feeling Unwell or a History of Cancer',
      urgency: 'urgent',
      detail:
        'Neck pain with unexplained weight loss, night sweats, constant pain that does not ease with rest, a weakened immune system or previous cancer should be assessed promptly.',
    },
    {
      title: 'Pain That Is Not Improving',
      urgency: 'routine',
      detail:
        'See a doctor or physical therapist if the pain has not improved after a few weeks of self-care, keeps coming back, or is stopping you from working or sleeping.',
    },
  ],
  whenToSeeDoctorClosing:
    'A clinician will ask how the pain started and what makes it better or worse, look at how your neck moves, and check the feeling, strength and reflexes in your arms.\n\nIf you are unsure whether your symptoms are serious, seek advice rather than waiting.',
  treatmentsIntro:
    'The aim of treatment is to keep you moving and doing your usual activities while the pain settles. Most people need only self-care; others benefit from guided exercise and other support.',
  treatments: [
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Gentle neck movements, such as turning, tilting and tucking the chin, help ease stiffness in the early days. Later, strengthening exercises for the neck and upper back help reduce pain and the chance of it returning.',
    },
    {
      treatment: 'physical-therapy',
      detail:
        'If pain lasts more than a few weeks, a physical therapist can combine a tailored exercise program with manual therapy and advice on work set-up and activity.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'A warm pack or warm shower can ease muscle tension and stiffness; some people prefer a cold pack in the first day or two. Use either for up to 20 minutes at a time with a cloth between the pack and your skin.',
    },
    {
      treatment: 'medications',
      detail:
        'An anti-inflammatory medicine such as ibuprofen, if suitable, or paracetamol may help in the short term. Ask a pharmacist or doctor about what is safe for you, especially if you have other health conditions.',
    },
    {
      treatment: 'topical-analgesics',
      detail: 'Anti-inflammatory gels rubbed onto the painful area are an option for people who prefer to avoid tablets.',
    },
    {
      treatment: 'massage-therapy',
      detail:
        'Massage can ease muscle tension and may give short-term relief, particularly when combined with exercise.',
    },
    {
      treatment: 'chiropractic-care',
      detail:
        'Manipulation and mobilization of the neck and upper back can give short-term relief for some people. Neck manipulation carries a small risk of serious complications, so discuss the risks and benefits with your practitioner.',
    },
    {
      treatment: 'yoga',
      detail: 'Regular yoga or similar mind-body exercise may help some people with longer-lasting neck pain.',
    },
  ],
  treatmentsClosing:
    'Soft neck collars are not usually recommended, because keeping the neck still can slow recovery. If pain continues for many weeks despite treatment, a doctor may review the diagnosis and discuss further options.',
  recovery: {
    overview:
      'Most mechanical neck pain improves within a few days to a few weeks, and many people are back to normal within six weeks. For some, symptoms come and go over months, especially during busy or stressful periods.',
    minWeeks: 1,
    maxWeeks: 6,
    phases: [
      {
        name: 'The first few days',
        intro: 'While the neck is sore, keep it moving gently:',
        steps: [
          'Carry on with daily activities as much as you can and move the neck gently through a comfortable range.',
          'Use heat, cold or pain relief recommended by a pharmacist to make movement easier.',
          'Sleep on a low, firm pillow that keeps your neck roughly level with your body.',
        ],
      },
      {
        name: 'Getting back to normal',
        intro: 'As pain settles, build strength and adjust your routines:',
        steps: [
          'Add strengthening exercises for the neck, shoulders and upper back.',
          'Set up your desk so that the top of the screen is near eye level, and take a short break every 30 to 60 minutes.',
          'Return to exercise and sport gradually and keep up regular activity to help prevent recurrence.',
        ],
      },
    ],
    complications:
      'A minority of people develop longer-lasting neck pain, sometimes linked to stress, poor sleep or worry about the pain. If neck pain persists beyond three months, a structured program combining exercise and pain-management support can help.',
    tips: [
      'Avoid holding your phone between your ear and shoulder; use a headset or speakerphone instead.',
      'Change position often rather than searching for one perfect posture.',
      'Build relaxation, regular exercise and good sleep into your routine.',
    ],
    summary:
      'Mechanical neck pain is common, usually short-lived and rarely serious. Keeping active, gentle exercise and simple pain relief help most people recover within weeks.',
  },
  conclusion: [
    'Mechanical neck pain comes from the muscles, joints and discs of the neck and is usually linked to everyday strains, posture, stress and fitness rather than to serious disease. Most people recover within weeks by staying active, using simple pain relief and doing gentle exercises.',
    'Call your local emergency number for a stiff neck with fever, headache or a rash, after a serious neck injury, or with new numbness or weakness in the limbs. This sample article provides general information only and does not replace individual medical advice.',
  ],
  sources: ['nhs-neck-pain', 'nice-cks-neck-pain-non-specific', 'blanpied-2017-neck-pain-guideline'],
  author: 'sofia-lindqvist',
  reviewedBy: 'dr-amira-patel',
  publishedAt: '2026-03-02T09:00:00Z',
  lastReviewed: '2026-03-16',
  nextReviewDue: '2028-03-16',
}
