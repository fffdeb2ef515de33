import 'server-only'
import { getSearchEntries } from '../content'
import type { SearchEntry } from '../content/types'
import { searchIndexDir } from './index-location'
import { getSearchEngine, type SearchEngine } from './search-engine'

/**
 * Keeps the site search in step with publishing. The index is written at
 * build time; after a publish (the webhook, app/api/revalidate) the server
 * writes it again from what the Content Lake holds now and puts it in place
 * of the old one, so a corrected title, summary or symptom name is what
 * search shows and finds, not only what the pages show. Publishes close
 * together are folded into one rewrite (`quietMs` after the last), and one
 * that arrives while a rewrite runs starts another once it is done. A rewrite
 * that fails keeps the index searches already use, and says why in the log.
 */
export interface SearchIndexRefreshDeps {
  /** Every published article's search entry (lib/content's getSearchEntries). */
  entries: () => Promise<SearchEntry[]>
  /** Writes an index of `entries` to `folder` (lib/search/write-search-index.ts). */
  write: (entries: SearchEntry[], folder: string) => Promise<void>
  engine: SearchEngine
  /** Where a new index is written before it replaces the engine's (a sibling of the engine's folder). */
  staging: string
  quietMs?: number
  log?: (line: string) => void
}

export interface SearchIndexRefresh {
  /** A publish happened: rewrite the index once publishing has been quiet for a moment. */
  schedule(): void
  /** Resolves once no rewrite is waiting or running (for tests). */
  idle(): Promise<void>
}

export function createSearchIndexRefresh({
  entries,
  write,
  engine,
  staging,
  quietMs = 1000,
  log = console.log,
}: SearchIndexRefreshDeps): SearchIndexRefresh {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null
  let again = false
  const waiters: (() => void)[] = []

  const settleIfIdle = () => {
    if (timer === undefined && !running) for (const resolve of waiters.splice(0)) resolve()
  }

  async function rewrite(): Promise<void> {
    const started = performance.now()
    try {
      const current = await entries()
      await write(current, staging)
      await engine.replaceIndex(staging)
      log(`search: index rewritten after a publish, ${current.length} articles (${Math.round(performance.now() - started)} ms)`)
    } catch (error) {
      log(`search: the index could not be rewritten after a publish (${(error as Error).message}); searches keep the last one`)
    }
  }

  function start() {
    timer = undefined
    if (running) {
      again = true
      return
    }
    running = rewrite().finally(() => {
      running = null
      if (again) {
        again = false
        start()
      } else settleIfIdle()
    })
  }

  return {
    schedule() {
      clearTimeout(timer)
      timer = setTimeout(start, quietMs)
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settleIfIdle()
      })
    },
  }
}

let shared: SearchIndexRefresh | null = null

/** The refresh of this server's index (getSearchEngine's), one per process. */
export function getSearchIndexRefresh(): SearchIndexRefresh {
  shared ??= createSearchIndexRefresh({
    entries: getSearchEntries,
    // Loaded on the first rewrite: writing an index needs Pagefind's indexer, which searching does not.
    write: async (current, folder) => (await import('./write-search-index')).writeSearchIndex(current, folder),
    engine: getSearchEngine(),
    staging: `${searchIndexDir()}.next`,
  })
  return shared
}
