import type { ArticleSeed, SymptomFrequency, Urgency } from '@/sanity/seed/types'
import { paragraph, paragraphs, sentence, titleWords } from './filler'
import { createZipf, intBetween, pick, type Random } from './prng'
import { POOL, sourcePoolSize, syntheticEntitySlug, syntheticRegionSlug } from './entities'

/**
 * One synthetic article of about 2 000 words, shaped like the real seed
 * articles: shared entities picked with a Zipf skew, 5–10 sources, every
 * section filled.
 */

// Routine signs are the most common, as in the real articles.
const URGENCY_MIX: Urgency[] = ['routine', 'routine', 'urgent', 'emergency']
const pad = (n: number, width: number) => String(n).padStart(width, '0')

export function createArticleFactory(articles: number) {
  const causes = createZipf(POOL.causes)
  const symptoms = createZipf(POOL.symptoms)
  const treatments = createZipf(POOL.treatments)
  const sources = createZipf(sourcePoolSize(articles), 0.8)

  return function article(random: Random, index: number): ArticleSeed {
    const slug = `synthetic-condition-${pad(index, 5)}`
    const published = new Date(Date.UTC(2024, 0, 1) + intBetween(random, 0, 900) * 86_400_000)
    const reviewed = new Date(published.getTime() + intBetween(random, 0, 120) * 86_400_000)
    const day = (date: Date) => date.toISOString().slice(0, 10)
    const nextDue = new Date(reviewed.getTime() + 365 * 86_400_000)
    const minWeeks = intBetween(random, 1, 6)
    const conditionName = `${titleWords(random, 3)} Condition ${pad(index, 5)}`
    return {
      slug,
      title: conditionName,
      conditionName,
      region: syntheticRegionSlug(intBetween(random, 0, POOL.regions - 1)),
      summary: sentence(random, 12, 18).slice(0, 150),
      sample: true,
      introduction: Array.from({ length: 4 }, () => paragraph(random, 60)),
      causesIntro: paragraph(random, 60),
      causes: causes.distinct(random, intBetween(random, 4, 7)).map((i) => ({
        cause: syntheticEntitySlug('cause', i),
        detail: paragraph(random, 30),
      })),
      causesSummary: paragraph(random, 50),
      symptomsIntro: paragraph(random, 50),
      commonSymptomsLead: paragraph(random, 30),
      lessCommonSymptomsLead: paragraph(random, 30),
      symptoms: symptoms.distinct(random, intBetween(random, 6, 10)).map((i, n) => ({
        symptom: syntheticEntitySlug('symptom', i),
        frequency: (n % 3 === 2 ? 'lessCommon' : 'common') as SymptomFrequency,
        detail: paragraph(random, 25),
      })),
      symptomsClosing: paragraph(random, 50),
      whenToSeeDoctorIntro: paragraph(random, 40),
      whenToSeeDoctor: Array.from({ length: intBetween(random, 3, 6) }, () => ({
        title: titleWords(random, 3),
        detail: paragraph(random, 30),
        urgency: pick(random, URGENCY_MIX),
      })),
      whenToSeeDoctorClosing: paragraph(random, 40),
      treatmentsIntro: paragraph(random, 50),
      treatments: treatments.distinct(random, intBetween(random, 6, 10)).map((i) => ({
        treatment: syntheticEntitySlug('treatment', i),
        detail: paragraph(random, 30),
      })),
      treatmentsClosing: paragraph(random, 40),
      recovery: {
        overview: paragraphs(random, 2, 40),
        minWeeks,
        maxWeeks: minWeeks + intBetween(random, 1, 8),
        phases: Array.from({ length: 3 }, (_, n) => ({
          name: `Phase ${n + 1}`,
          intro: paragraph(random, 40),
          steps: Array.from({ length: 3 }, () => sentence(random, 10, 18)),
        })),
        complications: paragraph(random, 60),
        tips: Array.from({ length: 4 }, () => sentence(random, 10, 18)),
        summary: paragraph(random, 50),
      },
      conclusion: Array.from({ length: 2 }, () => paragraph(random, 60)),
      sources: sources.distinct(random, intBetween(random, 5, 10)).map((i) => `synthetic-${pad(i, 6)}`),
      author: `synthetic-author-${intBetween(random, 0, POOL.authors - 1)}`,
      reviewedBy: `synthetic-reviewer-${intBetween(random, 0, POOL.reviewers - 1)}`,
      publishedAt: `${day(published)}T09:00:00Z`,
      lastReviewed: day(reviewed),
      nextReviewDue: day(nextDue),
    }
  }
}
