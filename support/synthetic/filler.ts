import { intBetween, pick, type Random } from './prng'

/**
 * Clearly synthetic, medical-sounding filler. It only has to have the length
 * and shape of real prose (sentences, paragraphs) so pages weigh what real
 * ones would; nobody should mistake it for advice.
 */

const WORDS = (
  'muscle tendon ligament joint fascia nerve pain stiffness swelling tenderness load loading rest recovery ' +
  'movement posture strength mobility flexibility range motion exercise stretch gentle gradual daily week weeks ' +
  'symptom symptoms cause causes treatment therapy clinician assessment review guidance evidence trial sample ' +
  'synthetic placeholder lorem ipsum dolor amet consectetur adipiscing region tissue repair inflammation ache ' +
  'activity sport walking sitting standing sleep night morning warmth cold pressure release massage heat ice ' +
  'support brace balance control endurance fatigue overuse strain sprain irritation common usual typical often ' +
  'sometimes rarely early later phase stage progress plan goal return routine habit care self home clinic ' +
  'referral imaging examination history pattern onset duration severity mild moderate severe relief ease comfort'
).split(' ')

export function sentence(random: Random, minWords = 8, maxWords = 18): string {
  const count = intBetween(random, minWords, maxWords)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(pick(random, WORDS))
  const text = words.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
}

/** Roughly `words` words of sentences. */
export function paragraph(random: Random, words: number): string {
  const sentences: string[] = []
  let total = 0
  // Stop short: the last sentence overshoots by half a sentence on average.
  while (total < words - 6) {
    const next = sentence(random)
    total += next.split(' ').length
    sentences.push(next)
  }
  return sentences.join(' ')
}

/** Plain-text fields hold paragraphs separated by a blank line. */
export function paragraphs(random: Random, count: number, words: number): string {
  return Array.from({ length: count }, () => paragraph(random, words)).join('\n\n')
}

export function titleWords(random: Random, count: number): string {
  return Array.from({ length: count }, () => {
    const word = pick(random, WORDS)
    return word.charAt(0).toUpperCase() + word.slice(1)
  }).join(' ')
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}
