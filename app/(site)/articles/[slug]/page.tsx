import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ArticleView } from '@/components/article/article-view'
import { getArticle } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { editTarget } from '@/lib/preview/edit-target'
import { prerenderedArticleSlugs } from '@/lib/prerender'
import { articlePageSeo } from '@/lib/seo/pages'

type Props = { params: Promise<{ slug: string }> }

// Articles the build leaves out (PRERENDER_ARTICLES), and ones published after it, render on first request.
export const dynamicParams = true

/** Every article, or the most recently reviewed ones under a partial prebuild. */
export async function generateStaticParams() {
  const slugs = await prerenderedArticleSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug)
  return article ? articlePageSeo(article, getEnv().siteUrl).metadata : {}
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug)
  if (!article) notFound()
  const edit = await editTarget({ id: article.id, type: 'article' })
  return <ArticleView article={article} seo={articlePageSeo(article, getEnv().siteUrl)} edit={edit} />
}
