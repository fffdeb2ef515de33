import type { ArticleSeed } from '../types'

/** The first real article, transcribed faithfully from shared/seed. */
export const gluteusMediusTriggerPoints: ArticleSeed = {
  slug: 'gluteus-medius-trigger-points',
  conditionName: 'Gluteus Medius Trigger Points',
  title: 'Gluteus Medius Trigger Points Relief Techniques and Tips',
  region: 'hip-and-pelvis',
  summary:
    'Causes, symptoms and treatment of gluteus medius trigger points: hip and lower back pain, when to see a doctor, home remedies and recovery.',
  sample: false,
  introduction: [
    'Have you ever experienced unexplained hip pain or discomfort in your lower back that just won’t go away? You’re not alone. Many individuals suffer from issues related to the gluteus medius, a crucial muscle that plays a significant role in stabilizing the pelvis and supporting proper movement patterns. Understanding gluteus medius trigger points is essential for anyone looking to alleviate pain, enhance athletic performance, or simply improve their overall mobility.',
    {
      text:
        'The gluteus medius is located on the outer surface of the pelvis and is responsible for hip abduction, internal and external rotation, and maintaining balance during activities such as walking, running, and climbing stairs. When trigger points develop in this muscle, they can lead to a cascade of problems, including referred pain in the lower back, hips, and even the knees. Recognizing and addressing these trigger points can be the key to unlocking a pain-free lifestyle.',
      cite: [
        { words: 'The gluteus medius is located on the outer surface of the pelvis and is responsible for hip abduction, internal and external rotation', source: 'acupuncture-gluteus-medius-pain' },
        { words: 'referred pain in the lower back, hips', source: 'treating-trigger-points-glutes' },
      ],
    },
    'In this article, we will delve into the anatomy of the gluteus medius, explore the common causes of trigger points, and discuss effective techniques for identification and treatment. By understanding the signs and symptoms associated with gluteus medius trigger points, you can take proactive steps toward recovery and prevention. Whether you’re an athlete, a fitness enthusiast, or someone who simply wants to move better, this knowledge is invaluable.',
    'Join us as we uncover the intricacies of gluteus medius trigger points and empower you with the tools to reclaim your mobility and comfort. Your journey to a healthier, pain-free life starts here!',
  ],
  causesIntro:
    'The development of gluteus medius trigger points can be attributed to a variety of factors that often intertwine, leading to muscle dysfunction and discomfort. Understanding these causes is essential for effective management and prevention of this condition. Below are some of the primary contributors to the formation of trigger points in the gluteus medius muscle:',
  causes: [
    {
      cause: 'muscle-overuse',
      detail:
        'Repetitive activities that involve the hip and pelvis can lead to overuse of the gluteus medius. This is particularly common in athletes who engage in sports that require extensive running, jumping, or lateral movements. Overuse can result in microtrauma to the muscle fibers, creating trigger points.',
    },
    {
      cause: 'poor-posture',
      detail:
        'Prolonged periods of poor posture, such as sitting for extended hours or slouching, can place undue stress on the gluteus medius. This muscle plays a crucial role in stabilizing the pelvis, and when it is not properly engaged due to poor alignment, it can become overworked and develop trigger points.',
    },
    {
      cause: 'muscle-imbalances',
      detail:
        'Imbalances between the gluteus medius and other muscles, such as the gluteus maximus or hip flexors, can lead to compensatory patterns. When one muscle group is stronger or more dominant, it can place excessive strain on the gluteus medius, resulting in trigger point formation.',
    },
    {
      cause: 'sedentary-lifestyle',
      detail:
        'A lack of physical activity can weaken the gluteus medius and surrounding muscles. When these muscles are not regularly engaged, they can become tight and develop trigger points due to inactivity. Incorporating regular movement and strengthening exercises can help mitigate this risk.',
    },
    {
      cause: 'injury-or-trauma',
      detail:
        'Direct trauma to the hip or pelvis, such as falls or accidents, can lead to the development of trigger points in the gluteus medius. Even minor injuries can create localized tension and pain, which may manifest as trigger points over time.',
    },
    {
      cause: 'stress-and-tension',
      detail:
        'Emotional stress can lead to physical tension in the body, including the gluteus medius. Chronic stress may cause individuals to unconsciously tighten their muscles, leading to the formation of trigger points. Techniques such as mindfulness and relaxation exercises can be beneficial in alleviating this tension.',
    },
    {
      cause: 'biomechanical-issues',
      detail:
        'Abnormalities in gait or movement patterns, such as overpronation or leg length discrepancies, can place additional strain on the gluteus medius. These biomechanical issues can lead to compensatory movements that overwork the muscle, resulting in trigger points.',
    },
  ],
  causesSummary:
    'In summary, the causes of gluteus medius trigger points are multifaceted, involving a combination of overuse, poor posture, muscle imbalances, a sedentary lifestyle, injury, stress, and biomechanical issues. Addressing these underlying factors through targeted exercises, posture correction, and stress management can significantly reduce the risk of developing trigger points and improve overall muscle function.',
  symptomsIntro:
    'The gluteus medius muscle, located on the outer surface of the pelvis, plays a crucial role in stabilizing the hip and pelvis during movement. When trigger points develop in this muscle, they can lead to a variety of symptoms that may be confusing or misattributed to other conditions. Recognizing these symptoms is essential for accurate diagnosis and effective treatment.',
  commonSymptomsLead: 'Common symptoms associated with gluteus medius trigger points include:',
  lessCommonSymptomsLead: 'Less common symptoms can also arise from gluteus medius trigger points, including:',
  symptoms: [
    {
      symptom: 'localized-pain',
      frequency: 'common',
      detail:
        'The most prominent symptom is a deep, aching pain in the lateral hip region. This pain may radiate down the outer thigh or into the lower back.',
    },
    {
      symptom: 'hip-pain',
      frequency: 'common',
      detail:
        'Individuals often experience discomfort when walking, running, or climbing stairs, particularly when the affected leg is in use.',
    },
    {
      symptom: 'weakness',
      frequency: 'common',
      detail:
        'Weakness in the hip abductors can lead to difficulty in performing activities that require lateral movement or stability, such as side lunges or single-leg stands.',
    },
    {
      symptom: 'stiffness',
      frequency: 'common',
      detail:
        'A feeling of tightness or stiffness in the hip and gluteal region may be present, especially after prolonged sitting or inactivity.',
    },
    {
      symptom: 'referred-pain',
      frequency: 'lessCommon',
      detail:
        'Pain may be felt in other areas, such as the lower back, knee, or even the foot, due to the interconnected nature of muscle and nerve pathways.',
    },
    {
      symptom: 'balance-issues',
      frequency: 'lessCommon',
      detail:
        'Difficulty maintaining balance or stability during activities may occur, leading to an increased risk of falls.',
    },
    {
      symptom: 'altered-gait',
      frequency: 'lessCommon',
      detail:
        'A noticeable change in walking patterns, such as a limp or a tendency to lean to one side, can develop as the body compensates for pain.',
    },
    {
      symptom: 'sleep-disturbances',
      frequency: 'lessCommon',
      detail:
        'Pain may worsen at night, making it difficult to find a comfortable sleeping position, which can lead to insomnia or disrupted sleep.',
    },
  ],
  symptomsClosing:
    'To accurately identify gluteus medius trigger points, pay attention to the specific location of pain and any associated symptoms. If you notice persistent discomfort in the hip area, especially when engaging in physical activities, it may be time to consult a healthcare professional. Early recognition and treatment can help alleviate symptoms and restore function, allowing you to return to your daily activities without pain.',
  whenToSeeDoctorIntro:
    'While gluteus medius trigger points can often be managed with self-care techniques, there are specific symptoms and scenarios where seeking medical advice is crucial. If you experience any of the following, it’s important to consult a healthcare professional:',
  whenToSeeDoctor: [
    {
      title: 'Persistent Pain',
      urgency: 'routine',
      detail:
        'If you have ongoing pain in the hip, lower back, or buttocks that does not improve with rest, stretching, or over-the-counter pain relief, it may indicate a more serious underlying issue.',
    },
    {
      title: 'Radiating Symptoms',
      urgency: 'urgent',
      detail:
        'Pain that radiates down the leg or into the groin can be a sign of nerve involvement or other conditions that require medical evaluation.',
    },
    {
      title: 'Weakness or Instability',
      urgency: 'urgent',
      detail:
        'If you notice weakness in your hip or difficulty maintaining balance, this could affect your mobility and increase the risk of falls.',
    },
    {
      title: 'Changes in Mobility',
      urgency: 'routine',
      detail:
        'If you experience a significant decrease in your range of motion or find it difficult to perform daily activities, it’s time to seek professional help.',
    },
    {
      title: 'Accompanying Symptoms',
      urgency: 'urgent',
      detail:
        'Symptoms such as numbness, tingling, or swelling in the affected area should not be ignored, as they may indicate a more serious condition.',
    },
  ],
  whenToSeeDoctorClosing:
    'In these scenarios, it’s advisable to consult a physical therapist, chiropractor, or medical doctor who specializes in musculoskeletal issues. They can provide a thorough assessment and recommend appropriate treatment options, which may include physical therapy, medication, or further diagnostic testing.\n\nTaking these steps can help you address your symptoms effectively and prevent further complications. Remember, early intervention is key to managing gluteus medius trigger points and maintaining your overall health.',
  treatmentsIntro:
    'When dealing with gluteus medius trigger points, a variety of treatment options are available to alleviate pain and restore function. Understanding these options can empower individuals to choose the best path for their recovery. Below, we explore conventional treatments, alternative therapies, and home remedies that can effectively address gluteus medius trigger points.',
  treatments: [
    {
      treatment: 'physical-therapy',
      detail:
        'A licensed physical therapist can design a personalized rehabilitation program that includes stretching, strengthening exercises, and manual therapy techniques to release trigger points in the gluteus medius. Regular sessions can significantly improve mobility and reduce pain.',
    },
    {
      treatment: 'medications',
      detail:
        'Over-the-counter pain relievers such as ibuprofen or acetaminophen can help manage pain and inflammation associated with trigger points. In some cases, a healthcare provider may prescribe muscle relaxants or anti-inflammatory medications for more severe symptoms.',
    },
    {
      treatment: 'injections',
      detail:
        'Corticosteroid injections may be recommended for persistent pain that does not respond to other treatments. These injections can provide temporary relief by reducing inflammation in the affected area.',
    },
    {
      treatment: 'acupuncture',
      detail:
        'This traditional Chinese medicine technique involves inserting thin needles into specific points on the body. Acupuncture can help relieve pain and tension in the gluteus medius by promoting blood flow and releasing endorphins.',
    },
    {
      treatment: 'chiropractic-care',
      detail:
        'Chiropractors can perform spinal adjustments and soft tissue manipulation to alleviate pain and improve function in the hip and lower back areas, which may indirectly relieve trigger points in the gluteus medius.',
    },
    {
      treatment: 'massage-therapy',
      detail:
        'Therapeutic massage, particularly deep tissue massage, can effectively target trigger points in the gluteus medius. Regular sessions can help release muscle tension and improve circulation.',
    },
    {
      treatment: 'stretching-and-strengthening-exercises',
      detail:
        'Incorporating specific stretches and strengthening exercises into your daily routine can help alleviate tension in the gluteus medius. Focus on hip abductor stretches and glute strengthening exercises like clamshells and side leg raises.',
    },
    {
      treatment: 'foam-rolling',
      detail:
        'Using a foam roller on the gluteus medius can help release tightness and improve blood flow. Spend a few minutes rolling over the affected area, applying gentle pressure to the trigger points.',
    },
    {
      treatment: 'heat-and-cold-therapy',
      detail:
        'Applying heat can help relax tight muscles, while cold therapy can reduce inflammation. Alternating between heat and cold packs can provide relief from pain and discomfort.',
    },
    {
      treatment: 'topical-analgesics',
      detail:
        'Over-the-counter creams or gels containing menthol or capsaicin can provide temporary relief from pain when applied to the affected area.',
    },
  ],
  treatmentsClosing:
    'In conclusion, addressing gluteus medius trigger points requires a multifaceted approach. By exploring conventional treatments, alternative therapies, and home remedies, individuals can find effective solutions tailored to their needs. For those seeking professional help, local physical therapy clinics, massage therapy centers, and chiropractic offices are excellent places to start. Additionally, many of the home remedies mentioned can be easily implemented with minimal cost, making them accessible for everyone.',
  recovery: {
    overview:
      'The recovery process from gluteus medius trigger points can vary significantly based on the severity of the condition and the individual’s overall health. Generally, a timeline of 2 to 6 weeks is expected for most individuals to experience significant improvement. However, some may require longer, especially if they have chronic issues or underlying conditions.',
    minWeeks: 2,
    maxWeeks: 6,
    phases: [
      {
        name: 'Initial phase',
        intro:
          'During the initial phase of recovery, it is crucial to focus on reducing pain and inflammation. This can be achieved through:',
        steps: [
          'Resting the affected area to prevent further irritation.',
          'Applying ice packs for 15-20 minutes several times a day to reduce swelling.',
          'Engaging in gentle stretching and mobility exercises to maintain flexibility.',
        ],
      },
      {
        name: 'Progression',
        intro:
          'As recovery progresses, incorporating strengthening exercises for the gluteus medius can help restore function and prevent future trigger points. Aim for a gradual increase in activity, focusing on:',
        steps: [
          'Isometric exercises to engage the gluteus medius without excessive strain.',
          'Progressive resistance training to build strength and stability.',
          'Functional movements that mimic daily activities to enhance overall mobility.',
        ],
      },
    ],
    complications:
      'Potential complications during recovery may include re-injury or the development of compensatory patterns that can lead to pain in other areas, such as the lower back or knees. To mitigate these risks, consider the following tips:',
    tips: [
      'Consult with a physical therapist for personalized rehabilitation exercises.',
      'Maintain proper posture and body mechanics during daily activities.',
      'Stay hydrated and maintain a balanced diet to support muscle recovery.',
    ],
    summary:
      'In summary, a structured recovery plan focusing on rest, gentle stretching, and gradual strengthening can facilitate healing from gluteus medius trigger points. By being mindful of your body and seeking professional guidance, you can enhance your recovery journey and reduce the likelihood of future issues.',
  },
  conclusion: [
    {
      text:
        'In conclusion, understanding and addressing gluteus medius trigger points is essential for maintaining optimal hip function and overall mobility. These trigger points can lead to a range of issues, including hip pain, lower back discomfort, and even knee problems. By recognizing the symptoms and employing effective treatment strategies, such as targeted stretching, strengthening exercises, and myofascial release techniques, individuals can alleviate pain and improve their quality of life. Remember, the gluteus medius plays a crucial role in stabilizing the pelvis and supporting proper movement patterns. If you suspect you have gluteus medius trigger points, consider consulting a healthcare professional or a physical therapist for personalized guidance. For further information, explore resources on myofascial pain syndrome, rehabilitation exercises, and self-care techniques to empower yourself in managing your health. Taking proactive steps today can lead to a more active and pain-free tomorrow.',
      cite: [
        { words: 'the gluteus medius plays a crucial role in stabilizing the pelvis', source: 'treating-trigger-points-glutes' },
      ],
    },
  ],
  sources: [
    'dry-needling-gluteus-medius-strength',
    'trigger-point-of-the-week-gluteus-medius',
    'acupuncture-gluteus-medius-pain',
    'treating-trigger-points-glutes',
    'trigger-point-release-gluteus-medius',
  ],
  author: 'editorial-team',
  reviewedBy: 'clinical-review-panel',
  publishedAt: '2026-11-02T09:00:00Z',
  lastReviewed: '2026-11-16',
  nextReviewDue: '2027-11-16',
}
