import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postJson, startTestLake, type TestLake } from '@/content-lake/test/support/lake.ts'
import { createGateway } from '@/lib/content/gateway'
import { createPreviewClient, createPreviewStore, PreviewUnavailableError } from '@/lib/content/preview-store'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'

/**
 * Draft preview's reads on the embedded default: the same gateway getters,
 * over the local Content Lake with the drafts perspective, see an unpublished
 * edit; the published store the static pages are built from does not.
 */

const seedFile = fileURLToPath(new URL('../../sanity/seed/production.ndjson', import.meta.url))
let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ seedFile })
  const draft = 'A draft summary nobody has published.'
  const edit = await postJson(lake.api('/data/actions/production'), {
    actions: [
      {
        actionType: 'sanity.action.document.edit',
        draftId: 'drafts.article-frozen-shoulder',
        publishedId: 'article-frozen-shoulder',
        patch: { set: { summary: draft } },
      },
    ],
  })
  expect(edit.status).toBe(200)
})
afterAll(() => lake.dispose())

describe('the preview store', () => {
  it('reads drafts from the local Content Lake through the same getters; the published store does not', async () => {
    const client = createPreviewClient({ kind: 'embedded', contentLakeUrl: lake.origin })
    if (client instanceof Error) throw client
    const preview = createGateway(() => createPreviewStore(client))
    const published = createGateway(() => createEmbeddedStore(seedFile))
    expect((await preview.getArticle('frozen-shoulder'))?.summary).toBe('A draft summary nobody has published.')
    expect((await published.getArticle('frozen-shoulder'))?.summary).not.toBe('A draft summary nobody has published.')
    // Everything else the page shows still resolves (references read through the drafts perspective too).
    expect((await preview.getArticle('frozen-shoulder'))?.region.slug).toBe('shoulder')
  })

  it('is unavailable, saying why, without a lake or without a hosted read token', () => {
    expect(createPreviewClient({ kind: 'embedded' })).toBeInstanceOf(PreviewUnavailableError)
    const hosted = createPreviewClient({ kind: 'hosted', projectId: 'abc123', dataset: 'production', apiVersion: '2025-06-01' })
    expect(hosted).toBeInstanceOf(PreviewUnavailableError)
    expect((hosted as Error).message).toMatch(/SANITY_API_READ_TOKEN/)
  })

  it('on a hosted project reads the drafts perspective with the read token, never the CDN', () => {
    const client = createPreviewClient({ kind: 'hosted', projectId: 'abc123', dataset: 'production', apiVersion: '2025-06-01', token: 'sk-viewer' })
    if (client instanceof Error) throw client
    expect(client.config()).toMatchObject({ projectId: 'abc123', perspective: 'drafts', token: 'sk-viewer', useCdn: false })
  })
})
