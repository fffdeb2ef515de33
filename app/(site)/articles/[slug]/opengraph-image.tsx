import { ImageResponse } from 'next/og'
import { getArticle } from '@/lib/content'
import { SITE_NAME } from '@/lib/site'

export const alt = `${SITE_NAME} article`
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

// Rendered on first request, then cached and served as a static file:
// rendering one PNG per article at build time would dominate a 10 000-article
// build (see bench/RESULTS.md) for images only link previews ever fetch.
export async function generateStaticParams() {
  return []
}

/** A share card per article (title and body region). */
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const article = await getArticle(slug)
  const title = article?.title ?? SITE_NAME
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: '#005eb8',
          color: '#ffffff',
        }}
      >
        <div style={{ fontSize: 34, fontWeight: 700 }}>{SITE_NAME}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {article ? <div style={{ fontSize: 36, color: '#e8edee' }}>{article.region.name}</div> : null}
          <div style={{ fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
        </div>
      </div>
    ),
    size,
  )
}
