/**
 * Child process of bench/node-runtimes.ts, started on the runtime under test:
 * getArticle's mean ms per call over an embedded dataset, plain and inside an
 * AsyncLocalStorage context, as in Next's build workers (Next keeps its
 * request and work stores in AsyncLocalStorage while it renders a page).
 * Node 20 tracks such a context with promise hooks that run on every promise
 * groq-js creates; Node 24 carries it in the async context frame instead.
 *   node --import tsx bench/lib/context-probe.ts <dataset.ndjson> [slug]
 * Prints one JSON line: { plainMs, inContextMs }.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createEmbeddedSource } from '../../lib/content/embedded-source'
import { createGateway } from '../../lib/content/gateway'
import { meanCallMs } from './timing'

const [file, onlySlug] = process.argv.slice(2)
if (!file) throw new Error('usage: context-probe.ts <dataset.ndjson> [slug]')
const source = createEmbeddedSource(file, { recentResults: 0 })
const gateway = createGateway(() => source)
const slugs = onlySlug ? [onlySlug] : await gateway.getArticleSlugs()
const slugAt = (i: number) => slugs[(i * 7919) % slugs.length] as string
const call = (i: number) => gateway.getArticle(slugAt(i))

const plainMs = await meanCallMs(call, 1500, 2000)
const store = new AsyncLocalStorage<{ page: string }>()
const inContextMs = await store.run({ page: '/articles/[slug]' }, () => meanCallMs(call, 1500, 2000))
console.log(JSON.stringify({ plainMs, inContextMs }))
