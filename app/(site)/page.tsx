import type { Metadata } from 'next'
import { HomeView } from '@/components/home-view'
import { getRecentlyReviewed, getRegionsWithArticles } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { homePageSeo } from '@/lib/seo/pages'

export const metadata: Metadata = homePageSeo(getEnv().siteUrl).metadata

export default async function HomePage() {
  const [regions, recent] = await Promise.all([getRegionsWithArticles(), getRecentlyReviewed()])
  return <HomeView regions={regions} recent={recent} seo={homePageSeo(getEnv().siteUrl)} />
}
