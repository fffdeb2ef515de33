import Link from 'next/link'
import { BodyMap } from '@/components/body-map'
import { DateText } from '@/components/date-text'
import { SearchForm } from '@/components/search/search-form'
import { SeeAllLink } from '@/components/see-all-link'
import { StructuredData } from '@/components/structured-data'
import type { RecentArticle, RegionWithArticles } from '@/lib/content/types'
import type { PageSeo } from '@/lib/seo/pages'
import { paths, SITE_DESCRIPTION } from '@/lib/site'

function RegionCard({ region }: { region: RegionWithArticles }) {
  return (
    <li className="region-card">
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
        <SeeAllLink region={region} count={region.articleCount} />
      ) : null}
    </li>
  )
}

function RecentlyReviewed({ articles }: { articles: RecentArticle[] }) {
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recently reviewed</h2>
      <ul className="link-list link-list--dated">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={paths.article(article.slug)}>{article.title}</Link>{' '}
            <span className="muted">
              ({article.regionName}, reviewed <DateText value={article.lastReviewed} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The home page: every body region with a preview of its articles, then the recently reviewed ones. */
export function HomeView({ regions, recent, seo }: { regions: RegionWithArticles[]; recent: RecentArticle[]; seo: PageSeo }) {
  return (
    <>
      <StructuredData items={seo.structuredData} />
      <h1>Muscle, joint and back pain explained</h1>
      <p className="lede">{SITE_DESCRIPTION}</p>

      <SearchForm
        id="home-search-q"
        name="Articles"
        label="Search for a condition, symptom or treatment"
        className="home-search"
      />

      <section aria-labelledby="regions-heading" className="home-regions">
        <h2 id="regions-heading">Browse by body region</h2>
        <BodyMap
          regions={regions.map((region) => ({
            slug: region.slug,
            name: region.name,
            href: paths.region(region.slug),
            articleCount: region.articleCount,
          }))}
        />
        <ul className="region-grid">
          {regions.map((region) => (
            <RegionCard key={region.id} region={region} />
          ))}
        </ul>
      </section>

      {recent.length > 0 ? <RecentlyReviewed articles={recent} /> : null}
    </>
  )
}
