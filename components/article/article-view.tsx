import Link from 'next/link'
import { ArticleList } from '@/components/article-list'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { Prose } from '@/components/prose'
import { RichText } from '@/components/rich-text'
import type { Article } from '@/lib/content/types'
import { paths } from '@/lib/site'
import { ArticleSection } from './article-section'
import { DoctorAdviceList } from './doctor-advice-list'
import { MentionList } from './mention-list'
import { RecoveryDetails } from './recovery-details'
import { ReviewInfo } from './review-info'
import { SampleNotice } from './sample-notice'
import { SourceList } from './source-list'
import { TableOfContents, type TocEntry } from './table-of-contents'

const SECTIONS = {
  introduction: 'Introduction',
  causes: 'Causes',
  symptoms: 'Symptoms',
  doctor: 'When to see a doctor',
  treatments: 'Treatment Options',
  recovery: 'Recovery',
  conclusion: 'Conclusion',
  sources: 'Sources',
} as const

type SectionId = keyof typeof SECTIONS

export function ArticleView({ article }: { article: Article }) {
  const { symptoms, treatments, whenToSeeDoctor, causes } = article
  const toc: TocEntry[] = (Object.keys(SECTIONS) as SectionId[]).map((id) => ({ id, title: SECTIONS[id] }))

  return (
    <>
      <Breadcrumbs
        items={[
          { name: 'Home', href: paths.home() },
          { name: article.region.name, href: paths.region(article.region.slug) },
        ]}
      />
      <article className="article">
        <header className="article__header">
          <p className="article__region">{article.region.name}</p>
          <h1>{article.title}</h1>
          <p className="lede">{article.summary}</p>
          {article.isSample ? <SampleNotice /> : null}
        </header>

        <TableOfContents entries={toc} />

        <ArticleSection id="introduction" title={SECTIONS.introduction}>
          <RichText value={article.introduction} />
        </ArticleSection>

        <ArticleSection id="causes" title={SECTIONS.causes}>
          <Prose paragraphs={causes.intro} />
          <MentionList items={causes.items} ordered />
          <Prose paragraphs={causes.summary} />
        </ArticleSection>

        <ArticleSection id="symptoms" title={SECTIONS.symptoms}>
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

        <ArticleSection id="doctor" title={SECTIONS.doctor}>
          <Prose paragraphs={whenToSeeDoctor.intro} />
          <DoctorAdviceList items={whenToSeeDoctor.items} />
          <Prose paragraphs={whenToSeeDoctor.closing} />
        </ArticleSection>

        <ArticleSection id="treatments" title={SECTIONS.treatments}>
          <Prose paragraphs={treatments.intro} />
          {treatments.groups.map((group) => (
            <div key={group.kind}>
              <h3>{group.heading}</h3>
              <MentionList items={group.items} ordered />
            </div>
          ))}
          <Prose paragraphs={treatments.closing} />
        </ArticleSection>

        <ArticleSection id="recovery" title={SECTIONS.recovery}>
          <RecoveryDetails recovery={article.recovery} />
        </ArticleSection>

        <ArticleSection id="conclusion" title={SECTIONS.conclusion}>
          <RichText value={article.conclusion} />
        </ArticleSection>

        <ArticleSection id="sources" title={SECTIONS.sources}>
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
            <p>
              <Link href={paths.region(article.region.slug)}>
                See all {article.regionArticleCount} {article.region.name} articles
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
