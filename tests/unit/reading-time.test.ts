import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGateway } from '@/lib/content/gateway'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { articleWordCount, readingMinutes } from '@/lib/reading-time'
import { SEED_SLUG } from '@/support/datasets'

const gateway = createGateway(() => createEmbeddedStore())

describe('reading time', () => {
  it('counts nearly all the words of the seed article as transcribed, and reads them at about 200 a minute', async () => {
    const article = (await gateway.getArticle(SEED_SLUG))!
    const transcript = readFileSync(path.join(process.cwd(), 'tests/fixtures/seed-gluteus-medius.txt'), 'utf8')
    const transcribed = transcript.split(/\s+/).filter(Boolean).length
    const counted = articleWordCount(article)
    // The transcript also holds the title, headings and the five sources, which a reading time leaves out.
    expect(counted).toBeGreaterThan(transcribed * 0.8)
    expect(counted).toBeLessThanOrEqual(transcribed)
    expect(readingMinutes(article)).toBe(Math.round(counted / 200))
  })

  it('is at least a minute', async () => {
    const article = (await gateway.getArticle(SEED_SLUG))!
    const empty = { ...article, summary: '', introduction: { body: [] }, conclusion: { body: [] } }
    const bare = {
      ...empty,
      causes: { intro: [], items: [], summary: [] },
      symptoms: { intro: [], commonLead: [], common: [], lessCommonLead: [], lessCommon: [], closing: [] },
      whenToSeeDoctor: { intro: [], items: [], closing: [] },
      treatments: { intro: [], groups: [], closing: [] },
      recovery: { ...article.recovery, overview: [], phases: [], complications: [], tips: [], summary: [] },
    }
    expect(articleWordCount(bare)).toBe(0)
    expect(readingMinutes(bare)).toBe(1)
  })
})
