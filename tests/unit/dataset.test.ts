import { describe, expect, it } from 'vitest'
import { readCommittedDocuments } from '@/support/datasets'

/**
 * Facts about the committed seed content itself (not about the code that
 * reads it): shared entities are meant to be shared, so the content model's
 * point, one "Poor Posture" for every article that needs it, is checked here.
 */
describe('committed seed content', () => {
  const documents = readCommittedDocuments()
  const articles = documents.filter((d) => d._type === 'article')
  const nameOf = new Map(documents.map((d) => [d._id, d.name]))

  /** Names of the shared documents an article's section entries point at. */
  function referencedNames(article: (typeof articles)[number], section: 'causes' | 'treatments', field: string) {
    const items = (article[section] as { items: Record<string, { _ref: string }>[] }).items
    return items.map((item) => nameOf.get(item[field]!._ref))
  }

  const uses = (name: string) =>
    articles.filter((a) =>
      [...referencedNames(a, 'causes', 'cause'), ...referencedNames(a, 'treatments', 'treatment')].includes(name),
    ).length

  it('reuses shared causes and treatments across articles', () => {
    expect(uses('Poor Posture')).toBeGreaterThanOrEqual(3)
    expect(uses('Physical Therapy')).toBeGreaterThanOrEqual(3)
    expect(uses('Massage Therapy')).toBeGreaterThanOrEqual(2)
  })
})
