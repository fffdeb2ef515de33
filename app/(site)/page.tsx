import type { Metadata } from 'next'
import Link from 'next/link'
import { DateText } from '@/components/date-text'
import { SiteStructuredData } from '@/components/seo/structured-data'
import { getRecentlyReviewed, getRegionsWithArticles } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { SITE_DESCRIPTION, SITE_NAME, paths } from '@/lib/site'

const HOME_TITLE = `${SITE_NAME}: muscle, joint and back pain explained`

export const metadata: Metadata = {
  title: { absolute: HOME_TITLE },
  description: SITE_DESCRIPTION,
  alternates: { canonical: '/' },
  openGraph: { type: 'website', url: '/', title: HOME_TITLE, description: SITE_DESCRIPTION },
  twitter: { card: 'summary', title: HOME_TITLE, description: SITE_DESCRIPTION },
}

export default async function HomePage() {
  const [regions, recent] = await Promise.all([getRegionsWithArticles(), getRecentlyReviewed()])
  return (
    <>
      <SiteStructuredData origin={getEnv().siteUrl} />
      <h1>Muscle, joint and back pain explained</h1>
      <p className="lede">{SITE_DESCRIPTION}</p>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">Browse by body region</h2>
        <ul className="region-grid">
          {regions.map((region) => (
            <li key={region.id} className="region-card">
              <h3>
                <Link href={paths.region(region.slug)}>{region.name}</Link>
              </h3>
              <p>{region.description}</p>
              {region.articles.length > 0 ? (
                <ul className="link-list">
                  {region.articles.map((article) => (
                    <li key={article.id}>
                      <Link href={paths.article(article.slug)}>{article.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>No articles yet.</p>
              )}
              {region.articleCount > region.articles.length ? (
                <p>
                  <Link href={paths.region(region.slug)}>
                    See all {region.articleCount} {region.name} articles
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {recent.length > 0 ? (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently reviewed</h2>
          <ul className="link-list link-list--dated">
            {recent.map((article) => (
              <li key={article.id}>
                <Link href={paths.article(article.slug)}>{article.title}</Link>{' '}
                <span className="muted">
                  ({article.regionName}, reviewed <DateText value={article.lastReviewed} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
