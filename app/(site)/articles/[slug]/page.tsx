import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/article-view'
import { ArticleStructuredData } from '@/components/seo/structured-data'
import { getArticle, getArticleSlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { paths, SITE_NAME } from '@/lib/site'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await getArticleSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) return {}
  const title = article.seo.title ?? article.title
  const description = article.seo.description ?? article.summary
  const url = paths.article(article.slug)
  return {
    title,
    description,
    alternates: { canonical: url },
    robots: article.seo.noIndex ? { index: false, follow: true } : undefined,
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: SITE_NAME,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.region.name,
    },
    twitter: { card: 'summary_large_image', title, description },
  }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const article = await getArticle(slug)
  if (!article) notFound()
  return (
    <>
      <ArticleStructuredData article={article} origin={getEnv().siteUrl} />
      <ArticleView article={article} />
    </>
  )
}
