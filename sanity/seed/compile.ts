import { createHash } from 'node:crypto'
import type { ArticleSeed, EntitySeed, PersonSeed, RegionSeed, RichParagraph, SourceSeed, TreatmentSeed } from './types'

/**
 * Compiles authoring seeds into documents in Sanity's export format, so the
 * same file feeds the embedded dataset and `sanity dataset import`. The seed
 * is flat (see ArticleSeed); the documents have the schema's shape, one
 * object per article section, and this file is the one place that maps one
 * onto the other.
 */

export interface SeedBundle {
  regions: RegionSeed[]
  causes: EntitySeed[]
  symptoms: EntitySeed[]
  treatments: TreatmentSeed[]
  sources: SourceSeed[]
  people: PersonSeed[]
  /** Any iterable: a generated dataset of 100 000 articles is compiled and written one article at a time. */
  articles: Iterable<ArticleSeed>
}

export type ExportDocument = Record<string, unknown> & {
  _id: string
  _type: string
  _createdAt: string
  _updatedAt: string
  _rev: string
}

const ENTITY_EPOCH = '2026-11-01T00:00:00Z'

export const ids = {
  region: (slug: string) => `region-${slug}`,
  cause: (slug: string) => `cause-${slug}`,
  symptom: (slug: string) => `symptom-${slug}`,
  treatment: (slug: string) => `treatment-${slug}`,
  source: (key: string) => `source-${key}`,
  person: (slug: string) => `person-${slug}`,
  article: (slug: string) => `article-${slug}`,
}

/** Stable, content-independent keys: the same seed always compiles to the same bytes. */
export function keyFor(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join('/')).digest('hex').slice(0, 12)
}

const reference = (ref: string) => ({ _type: 'reference', _ref: ref })

/**
 * A paragraph's spans: the text cut at each cited passage, which carries the
 * citation's mark. Throws when a passage is not found exactly once, so a typo
 * in the seed cannot silently drop a citation or change the words.
 */
function citedSpans(paragraph: RichParagraph, key: (...parts: (string | number)[]) => string, cite: (source: string) => unknown) {
  if (typeof paragraph === 'string') return { children: [{ text: paragraph, marks: [] as string[] }], markDefs: [] }
  const { text } = paragraph
  const ranges = paragraph.cite
    .map((c, i) => {
      const at = text.indexOf(c.words)
      if (at < 0 || text.indexOf(c.words, at + 1) >= 0)
        throw new Error(`Seed citation "${c.words}" must occur exactly once in its paragraph.`)
      return { start: at, end: at + c.words.length, mark: key('citation', i), source: c.source }
    })
    .sort((a, b) => a.start - b.start)
  const children: { text: string; marks: string[] }[] = []
  let at = 0
  for (const range of ranges) {
    if (range.start < at) throw new Error(`Seed citations "${text.slice(range.start, range.end)}" overlap.`)
    if (range.start > at) children.push({ text: text.slice(at, range.start), marks: [] })
    children.push({ text: text.slice(range.start, range.end), marks: [range.mark] })
    at = range.end
  }
  if (at < text.length) children.push({ text: text.slice(at), marks: [] })
  const markDefs = ranges.map((r) => ({ _type: 'citation', _key: r.mark, source: cite(r.source) }))
  return { children, markDefs }
}

/** Paragraphs as Portable Text blocks; `cite` turns a citation's source key into its reference. */
export function portableText(paragraphs: RichParagraph[], owner: string, cite: (source: string) => unknown) {
  return paragraphs.map((paragraph, index) => {
    const { children, markDefs } = citedSpans(paragraph, (...parts) => keyFor(owner, index, ...parts), cite)
    return {
      _type: 'block',
      _key: keyFor(owner, 'block', index),
      style: 'normal',
      markDefs,
      children: children.map((span, n) => ({
        _type: 'span',
        // The first span keeps the key it had before citations existed, so uncited text compiles as before.
        _key: n === 0 ? keyFor(owner, 'span', index) : keyFor(owner, 'span', index, n),
        ...span,
      })),
    }
  })
}

function meta(_id: string, _type: string, createdAt = ENTITY_EPOCH, updatedAt = createdAt) {
  return { _id, _type, _createdAt: createdAt, _updatedAt: updatedAt, _rev: keyFor(_id, 'rev') }
}

const slug = (current: string) => ({ _type: 'slug', current })

function entityDoc(type: 'cause' | 'symptom', seed: EntitySeed): ExportDocument {
  return { ...meta(ids[type](seed.slug), type), name: seed.name, slug: slug(seed.slug), summary: seed.summary }
}

function articleDoc(seed: ArticleSeed, resolve: (kind: keyof typeof ids, key: string) => string): ExportDocument {
  const id = ids.article(seed.slug)
  const entry = (field: string, index: number) => keyFor(id, field, index)
  const updated = `${seed.lastReviewed}T00:00:00Z`
  /** A citation may only name one of the article's own sources (the Studio enforces the same). */
  const cite = (key: string) => {
    if (!seed.sources.includes(key))
      throw new Error(`Seed article "${seed.slug}" cites source "${key}", which is not in its sources.`)
    return reference(resolve('source', key))
  }
  /** A section's entries: each seed entry, its slug (`cause: 'poor-posture'`) turned into a reference. */
  const entries = <K extends 'cause' | 'symptom' | 'treatment', E extends Record<K, string>>(kind: K, list: E[]) =>
    list.map((seedEntry, i) => ({
      _type: `${kind}Entry`,
      _key: entry(`${kind}s`, i),
      ...seedEntry,
      [kind]: reference(resolve(kind, seedEntry[kind])),
    }))
  return {
    ...meta(id, 'article', seed.publishedAt, updated > seed.publishedAt ? updated : seed.publishedAt),
    title: seed.title,
    conditionName: seed.conditionName,
    slug: slug(seed.slug),
    isSample: seed.sample,
    region: reference(resolve('region', seed.region)),
    summary: seed.summary,
    introduction: { _type: 'introduction', body: portableText(seed.introduction, `${id}/introduction`, cite) },
    causes: {
      _type: 'causes',
      intro: seed.causesIntro,
      items: entries('cause', seed.causes),
      summary: seed.causesSummary,
    },
    symptoms: {
      _type: 'symptoms',
      intro: seed.symptomsIntro,
      commonLead: seed.commonSymptomsLead,
      lessCommonLead: seed.lessCommonSymptomsLead,
      items: entries('symptom', seed.symptoms),
      closing: seed.symptomsClosing,
    },
    whenToSeeDoctor: {
      _type: 'whenToSeeDoctor',
      intro: seed.whenToSeeDoctorIntro,
      items: seed.whenToSeeDoctor.map((d, i) => ({ _type: 'careCard', _key: entry('whenToSeeDoctor', i), ...d })),
      closing: seed.whenToSeeDoctorClosing,
    },
    treatments: {
      _type: 'treatments',
      intro: seed.treatmentsIntro,
      items: entries('treatment', seed.treatments),
      closing: seed.treatmentsClosing,
    },
    recovery: {
      _type: 'recovery',
      overview: seed.recovery.overview,
      minWeeks: seed.recovery.minWeeks,
      maxWeeks: seed.recovery.maxWeeks,
      phases: seed.recovery.phases.map((p, i) => ({ _type: 'recoveryPhase', _key: entry('phases', i), ...p })),
      complications: seed.recovery.complications,
      tips: seed.recovery.tips,
      summary: seed.recovery.summary,
    },
    conclusion: { _type: 'conclusion', body: portableText(seed.conclusion, `${id}/conclusion`, cite) },
    sources: seed.sources.map((key, i) => ({ ...reference(resolve('source', key)), _key: entry('sources', i) })),
    author: reference(resolve('person', seed.author)),
    reviewedBy: reference(resolve('person', seed.reviewedBy)),
    publishedAt: seed.publishedAt,
    lastReviewed: seed.lastReviewed,
    nextReviewDue: seed.nextReviewDue,
  }
}

export function compileSeeds(bundle: SeedBundle): ExportDocument[] {
  return [...compileSeedStream(bundle)]
}

/** The documents one by one, articles last in seed order: no more than one article is held at a time. */
export function* compileSeedStream(bundle: SeedBundle): Generator<ExportDocument> {
  const docs: ExportDocument[] = [
    ...bundle.regions.map((r) => ({
      ...meta(ids.region(r.slug), 'bodyRegion'),
      name: r.name,
      slug: slug(r.slug),
      description: r.description,
      order: r.order,
    })),
    ...bundle.causes.map((c) => entityDoc('cause', c)),
    ...bundle.symptoms.map((s) => entityDoc('symptom', s)),
    ...bundle.treatments.map((t) => ({
      ...meta(ids.treatment(t.slug), 'treatment'),
      name: t.name,
      slug: slug(t.slug),
      summary: t.summary,
      kind: t.kind,
    })),
    ...bundle.sources.map((s) => {
      const { key, ...fields } = s
      return { ...meta(ids.source(key), 'source'), ...fields }
    }),
    ...bundle.people.map((p) => {
      const { slug: personSlug, ...fields } = p
      return { ...meta(ids.person(personSlug), 'person'), slug: slug(personSlug), ...fields }
    }),
  ]
  // A set, not a search per document: a 100 000-article dataset has 80 000 sources.
  const known = new Set<string>()
  for (const doc of docs) {
    if (known.has(doc._id)) throw new Error(`Seed declares ${doc._id} twice.`)
    known.add(doc._id)
  }
  yield* docs

  for (const seed of bundle.articles) {
    const resolve = (kind: keyof typeof ids, key: string) => {
      const id = ids[kind](key)
      if (!known.has(id)) throw new Error(`Seed article "${seed.slug}" refers to unknown ${kind} "${key}".`)
      return id
    }
    const doc = articleDoc(seed, resolve)
    if (known.has(doc._id)) throw new Error(`Seed declares article "${seed.slug}" twice.`)
    known.add(doc._id)
    yield doc
  }
}

export function toNdjson(docs: ExportDocument[]): string {
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
}
