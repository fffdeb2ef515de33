import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createGateway } from '@/lib/content/gateway'
import type { SearchEntry } from '@/lib/content/types'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'

/** A scratch folder for search indexes, and the committed dataset's search entries to write them from. */
export async function searchFixture(name: string): Promise<{ dir: string; entries: SearchEntry[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`))
  const store = createEmbeddedStore()
  return { dir, entries: await createGateway(() => store).getSearchEntries() }
}
