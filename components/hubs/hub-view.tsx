import Link from 'next/link'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { PagedListing } from '@/components/paged-listing'
import { StructuredData } from '@/components/structured-data'
import type { EntityHub, EntityType, HubArticle, TreatmentKind } from '@/lib/content/types'
import type { EditTarget } from '@/lib/preview/edit-target'
import type { PageSeo } from '@/lib/seo/pages'
import { paths } from '@/lib/site'

const KIND_LABELS: Record<TreatmentKind, string> = {
  conventional: 'Conventional treatment',
  alternative: 'Alternative therapy',
  home: 'Home remedy',
}

/** What the listing's heading calls the articles, read as "Conditions with this symptom". */
const LIST_HEADINGS: Record<EntityType, string> = {
  cause: 'Conditions with this cause',
  symptom: 'Conditions with this symptom',
  treatment: 'Conditions it may help',
}

// prefetch={false}: long lists of links are not prefetched as they scroll into view (docs/architecture.md, "Prefetch").
function HubArticleItem({ article }: { article: HubArticle }) {
  return (
    <li className="card hub-card">
      <h3 className="card__title">
        <Link href={paths.article(article.slug)} prefetch={false}>{article.title}</Link>
      </h3>
      <p className="hub-card__region">
        <span className="visually-hidden">Body region: </span>
        <Link href={paths.region(article.region.slug)} prefetch={false}>{article.region.name}</Link>
      </p>
      <p className="card__summary">{article.excerpt}</p>
    </li>
  )
}

/**
 * One page of an entity's hub: the entity, then every article that mentions
 * it with what it says; in draft preview `edit` marks fields for click-to-edit.
 */
export function HubView({ hub, seo, edit }: { hub: EntityHub; seo: PageSeo; edit?: EditTarget }) {
  return (
    <>
      <StructuredData items={seo.structuredData} />
      <Breadcrumbs trail={seo.trail} />
      <h1 {...edit?.('name')}>{hub.name}</h1>
      {hub.kind ? (
        <p className="kind-badge">
          <span className="visually-hidden">Kind of treatment: </span>
          {KIND_LABELS[hub.kind]}
        </p>
      ) : null}
      <p className="lede" {...edit?.('summary')}>
        {hub.summary}
      </p>
      <section aria-labelledby="hub-articles">
        <h2 id="hub-articles">
          {LIST_HEADINGS[hub.type]} ({hub.articleCount})
        </h2>
        <PagedListing
          at={hub}
          shown={hub.articles.length}
          total={hub.articleCount}
          href={(page) => paths.entityPage(hub.type, hub.slug, page)}
        >
          <ul className="card-list">
            {hub.articles.map((article) => (
              <HubArticleItem key={article.id} article={article} />
            ))}
          </ul>
        </PagedListing>
      </section>
    </>
  )
}
