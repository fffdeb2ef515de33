import 'server-only'
import { draftMode } from 'next/headers'

/**
 * Whether this request is a draft preview (next-sanity's enable route set
 * Next's draft-mode cookie). False while prerendering, where Next answers
 * `isEnabled: false` without making the page dynamic, and false outside a
 * request altogether (generateStaticParams, the search-index script), where
 * `draftMode()` throws: there is no visitor there to preview anything.
 */
export async function isDraftMode(): Promise<boolean> {
  let store: Awaited<ReturnType<typeof draftMode>>
  try {
    store = await draftMode()
  } catch {
    return false
  }
  return store.isEnabled
}
