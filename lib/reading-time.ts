import type { Article, EntityMention, Paragraphs, RichText } from './content/types'

/** An adult reading health information on screen: about 200 words a minute. */
const WORDS_PER_MINUTE = 200

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const paragraphs = (list: Paragraphs) => list.reduce((sum, p) => sum + words(p), 0)
const richText = (blocks: RichText) =>
  blocks.reduce(
    (sum, block) =>
      sum +
      (Array.isArray(block.children)
        ? block.children.reduce((n, span) => n + (typeof span.text === 'string' ? words(span.text) : 0), 0)
        : 0),
    0,
  )
const mentions = (list: EntityMention[]) => list.reduce((sum, m) => sum + words(m.name) + words(m.detail), 0)

/** The words a reader reads in the article's body (not navigation, sources or related links). */
export function articleWordCount(article: Article): number {
  const { introduction, causes, symptoms, whenToSeeDoctor, treatments, recovery, conclusion } = article
  return (
    words(article.summary) +
    richText(introduction.body) +
    paragraphs(causes.intro) +
    mentions(causes.items) +
    paragraphs(causes.summary) +
    paragraphs([...symptoms.intro, ...symptoms.commonLead, ...symptoms.lessCommonLead, ...symptoms.closing]) +
    mentions([...symptoms.common, ...symptoms.lessCommon]) +
    paragraphs(whenToSeeDoctor.intro) +
    whenToSeeDoctor.items.reduce((sum, card) => sum + words(card.title) + words(card.detail), 0) +
    paragraphs(whenToSeeDoctor.closing) +
    paragraphs(treatments.intro) +
    treatments.groups.reduce((sum, group) => sum + mentions(group.items), 0) +
    paragraphs(treatments.closing) +
    paragraphs(recovery.overview) +
    recovery.phases.reduce((sum, phase) => sum + words(phase.name) + paragraphs(phase.intro) + paragraphs(phase.steps), 0) +
    paragraphs(recovery.complications) +
    paragraphs(recovery.tips) +
    paragraphs(recovery.summary) +
    richText(conclusion.body)
  )
}

/** Whole minutes, at least one. */
export function readingMinutes(article: Article): number {
  return Math.max(1, Math.round(articleWordCount(article) / WORDS_PER_MINUTE))
}
