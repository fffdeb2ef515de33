import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { prose } from '@/components/prose'
import { richText } from '@/components/rich-text'
import { SeeAllLink } from '@/components/see-all-link'
import { StructuredData } from '@/components/structured-data'
import type { Article } from '@/lib/content/types'
import { h, innerHtml } from '@/lib/html/render'
import type { EditTarget } from '@/lib/preview/edit-target'
import type { PageSeo } from '@/lib/seo/pages'
import { ArticleSection } from './article-section'
import { careCardList } from './care-card-list'
import { mentionList } from './mention-list'
import { recoveryDetails } from './recovery-details'
import { reviewInfo, reviewLine } from './review-info'
import { sampleNotice } from './sample-notice'
import { sourceList } from './source-list'
import { TableOfContents, type TocEntry } from './table-of-contents'
import { treatmentGroups } from './treatment-groups'

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
        <header
          className="article__header"
          dangerouslySetInnerHTML={innerHtml([
            h('p', { className: 'article__region' }, article.region.name),
            h('h1', { ...edit?.('title') }, article.title),
            h('p', { className: 'lede', ...edit?.('summary') }, article.summary),
            reviewLine(article),
            article.isSample && sampleNotice(),
          ])}
        />

        <TableOfContents entries={toc} />

        <ArticleSection {...SECTIONS.introduction} content={richText(article.introduction.body)} />

        <ArticleSection
          {...SECTIONS.causes}
          content={[prose(causes.intro), mentionList(causes.items, true), prose(causes.summary)]}
        />

        <ArticleSection
          {...SECTIONS.symptoms}
          content={[
            prose(symptoms.intro),
            symptoms.common.length > 0 && [
              h('h3', null, 'Common symptoms'),
              prose(symptoms.commonLead),
              mentionList(symptoms.common),
            ],
            symptoms.lessCommon.length > 0 && [
              h('h3', null, 'Less common symptoms'),
              prose(symptoms.lessCommonLead),
              mentionList(symptoms.lessCommon),
            ],
            prose(symptoms.closing),
          ]}
        />

        <ArticleSection
          {...SECTIONS.whenToSeeDoctor}
          content={[prose(whenToSeeDoctor.intro), careCardList(whenToSeeDoctor.items), prose(whenToSeeDoctor.closing)]}
        />

        <ArticleSection
          {...SECTIONS.treatments}
          content={[prose(treatments.intro), treatmentGroups(treatments.groups), prose(treatments.closing)]}
        />

        <ArticleSection {...SECTIONS.recovery} content={recoveryDetails(article.recovery)} />

        <ArticleSection {...SECTIONS.conclusion} content={richText(article.conclusion.body)} />

        <ArticleSection {...SECTIONS.sources} content={sourceList(article.sources)} />

        <footer className="article__footer" dangerouslySetInnerHTML={innerHtml(reviewInfo(article))} />
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
