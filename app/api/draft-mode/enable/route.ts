import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { unstable_rethrow } from 'next/navigation'
import { createPreviewClient } from '@/lib/content/preview-store'
import { getEnv } from '@/lib/env'

/**
 * Starts a draft preview. The Studio's Presentation tool writes a short-lived
 * secret document (@sanity/preview-url-secret) and opens
 * `/api/draft-mode/enable?sanity-preview-secret=…&sanity-preview-pathname=/…`;
 * next-sanity checks the secret against the Content Lake (hosted, or on the
 * embedded default the local one), sets Next's draft-mode cookie and
 * redirects to the page. A missing or wrong secret is 401.
 */
export const dynamic = 'force-dynamic'

const SECRET_PARAM = 'sanity-preview-secret'
const plain = (body: string, status: number) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

export async function GET(request: Request) {
  // Refused before any lake is asked: no secret, no preview, whatever the configuration.
  if (!new URL(request.url).searchParams.get(SECRET_PARAM)?.trim()) return plain('Missing preview secret', 401)
  const client = createPreviewClient(getEnv().content)
  if (client instanceof Error) return plain(client.message, 503)
  try {
    return await defineEnableDraftMode({ client }).GET(request)
  } catch (error) {
    // The success path ends in a redirect, which Next throws; anything else means the lake could not check the secret.
    unstable_rethrow(error)
    return plain('Could not check the preview secret with the Content Lake', 503)
  }
}
