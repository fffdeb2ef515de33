import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Prose } from '@/components/prose'
import { RichText } from '@/components/rich-text'
import { SeeAllLink } from '@/components/see-all-link'
import { StructuredData } from '@/components/structured-data'
import type { Article } from '@/lib/content/types'
import type { EditTarget } from '@/lib/preview/edit-target'
import type { PageSeo } from '@/lib/seo/pages'
import { ArticleSection } from './article-section'
import { CareCardList } from './care-card-list'
import { MentionList } from './mention-list'
import { RecoveryDetails } from './recovery-details'
import { ReviewInfo, ReviewLine } from './review-info'
import { SampleNotice } from './sample-notice'
import { SourceList } from './source-list'
import { TableOfContents, type TocEntry } from './table-of-contents'
import { TreatmentGroups } from './treatment-groups'

// Each section's heading and anchor, in page order. Anchors are URL
// fragments readers may have bookmarked, so "when to see a doctor" keeps
// its short #doctor.
const SECTIONS = {
  introduction: { id: 'introduction', title: 'Introduction' },
  causes: { id: 'causes', title: 'Causes' },
  symptoms: { id: 'symptoms', title: 'Symptoms' },
  whenToSeeDoctor: { id: 'doctor', title: 'When to see a doctor' },
  treatments: { id: 'treatments', title: 'Treatment Options' },
  recovery: { id: 'recovery', title: 'Recovery' },
  conclusion: { id: 'conclusion', title: 'Conclusion' },
  sources: { id: 'sources', title: 'Sources' },
} as const satisfies Record<string, TocEntry>

/**
 * An article page, with the trail and JSON-LD its route composed
 * (lib/seo/pages.ts); in draft preview `edit` marks fields for click-to-edit.
 */
export function ArticleView({ article, seo, edit }: { article: Article; seo: PageSeo; edit?: EditTarget }) {
  const { symptoms, treatments, whenToSeeDoctor, causes } = article
  const toc: TocEntry[] = Object.values(SECTIONS)

  return (
    <>
      <StructuredData items={seo.structuredData} />
      <Breadcrumbs trail={seo.trail} />
      <article className="article">
        <header className="article__header">
          <p className="article__region">{article.region.name}</p>
          <h1 {...edit?.('title')}>{article.title}</h1>
          <p className="lede" {...edit?.('summary')}>
            {article.summary}
          </p>
          <ReviewLine article={article} />
          {article.isSample ? <SampleNotice /> : null}
        </header>

        <TableOfContents entries={toc} />

        <ArticleSection {...SECTIONS.introduction}>
          <RichText value={article.introduction.body} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.causes}>
          <Prose paragraphs={causes.intro} />
          <MentionList items={causes.items} ordered />
          <Prose paragraphs={causes.summary} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.symptoms}>
          <Prose paragraphs={symptoms.intro} />
          {symptoms.common.length > 0 ? (
            <>
              <h3>Common symptoms</h3>
              <Prose paragraphs={symptoms.commonLead} />
              <MentionList items={symptoms.common} />
            </>
          ) : null}
          {symptoms.lessCommon.length > 0 ? (
            <>
              <h3>Less common symptoms</h3>
              <Prose paragraphs={symptoms.lessCommonLead} />
              <MentionList items={symptoms.lessCommon} />
            </>
          ) : null}
          <Prose paragraphs={symptoms.closing} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.whenToSeeDoctor}>
          <Prose paragraphs={whenToSeeDoctor.intro} />
          <CareCardList items={whenToSeeDoctor.items} />
          <Prose paragraphs={whenToSeeDoctor.closing} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.treatments}>
          <Prose paragraphs={treatments.intro} />
          <TreatmentGroups groups={treatments.groups} />
          <Prose paragraphs={treatments.closing} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.recovery}>
          <RecoveryDetails recovery={article.recovery} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.conclusion}>
          <RichText value={article.conclusion.body} />
        </ArticleSection>

        <ArticleSection {...SECTIONS.sources}>
          <SourceList sources={article.sources} />
        </ArticleSection>

        <footer className="article__footer">
          <ReviewInfo article={article} />
        </footer>
      </article>

      {article.related.length > 0 ? (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">More on {article.region.name}</h2>
          <ArticleList articles={article.related} />
          {article.regionArticleCount - 1 > article.related.length ? (
            <SeeAllLink region={article.region} count={article.regionArticleCount} />
          ) : null}
        </section>
      ) : null}
    </>
  )
}
