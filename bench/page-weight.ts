/**
 * What a visitor downloads for each page type (home, article, region, entity
 * hub, A–Z index, search, 404), against the floor app's pages, each served by
 * `next start` on 127.0.0.1:
 *   npx tsx bench/page-weight.ts   (after bench/build.ts has built N=100)
 */
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { floorDist } from './build'
import { floorDir } from './lib/floor-app'
import { searchApiUrl } from '../lib/search/search-api'
import { paths } from '../lib/site'
import { fmt, table, writeSection } from './lib/results'
import { syntheticEntitySlug, syntheticRegionSlug } from '../support/synthetic/entities'
import { startPortal } from './lib/portal-server'
import { startNext } from './lib/server'

export interface PageWeight {
  page: string
  htmlGz: number
  jsGz: number
  scripts: number
  cssGz: number
  imageBytes: number
}

const gz = (bytes: Uint8Array) => gzipSync(bytes).length
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&')

async function bytesOf(url: string, status = 200): Promise<Uint8Array> {
  const res = await fetch(url)
  if (res.status !== status) throw new Error(`${url}: HTTP ${res.status}, expected ${status}`)
  return new Uint8Array(await res.arrayBuffer())
}

export async function weigh(origin: string, page: string, status = 200): Promise<PageWeight> {
  const html = await bytesOf(origin + page, status)
  const text = new TextDecoder().decode(html)
  const tags = (re: RegExp) => [...text.matchAll(re)].map((m) => m[0])
  const scripts = [
    ...new Set(
      tags(/<script\b[^>]*>/g)
        .map((t) => attr(t, 'src'))
        .filter((s): s is string => !!s),
    ),
  ]
  const styles = tags(/<link\b[^>]*rel="stylesheet"[^>]*>/g)
    .map((t) => attr(t, 'href'))
    .filter((s): s is string => !!s)
  const images = tags(/<img\b[^>]*>/g)
    .map((t) => attr(t, 'src'))
    .filter((s): s is string => !!s)
  const sum = async (urls: string[], size: (b: Uint8Array) => number) => {
    let total = 0
    for (const url of urls) total += size(await bytesOf(new URL(url, origin + page).href))
    return total
  }
  return {
    page,
    htmlGz: gz(html),
    jsGz: await sum(scripts, gz),
    scripts: scripts.length,
    cssGz: await sum(styles, gz),
    imageBytes: await sum(images, (b) => b.length),
  }
}

// Every page type the site has, each with its floor page: the home against the floor's trivial `/`, every
// other page against `/p/1` (the floor's page with an article's words). The floor ships the same JS on both.
const PAGES: { name: string; path: string; status?: number; floor: 0 | 1 }[] = [
  { name: 'home', path: '/', floor: 0 },
  { name: 'article', path: '', floor: 1 }, // the dataset's first article, known once the server starts
  { name: 'region', path: paths.region(syntheticRegionSlug(0)), floor: 1 },
  // The most shared symptom: its hub is the longest listing.
  { name: 'symptom hub', path: paths.entity('symptom', syntheticEntitySlug('symptom', 0)), floor: 1 },
  { name: 'A–Z index', path: paths.entityIndex('symptom'), floor: 1 },
  { name: 'search', path: paths.search(), floor: 1 },
  { name: '404', path: '/no/such/page', status: 404, floor: 1 },
]
const SEARCH = PAGES.findIndex((p) => p.name === 'search')

/** What the search page fetches once a reader types: one answer of the search API, for this query. */
const SEARCH_QUERY = 'pain'

export interface SearchAnswerWeight {
  query: string
  answerGz: number
}

async function searchAnswer(origin: string): Promise<SearchAnswerWeight> {
  const answer = await bytesOf(`${origin}${searchApiUrl({ term: SEARCH_QUERY, region: '', page: 1 })}`)
  return { query: SEARCH_QUERY, answerGz: gz(answer) }
}

interface Weights {
  portal: PageWeight[]
  floor: PageWeight[]
  search: SearchAnswerWeight
}

export async function runPageWeight(n: number, port = 3310): Promise<Weights> {
  const portalServer = await startPortal(n, port)
  const portal: PageWeight[] = []
  let search: SearchAnswerWeight
  try {
    for (const page of PAGES) portal.push(await weigh(portalServer.origin, page.path || portalServer.articlePath, page.status))
    search = await searchAnswer(portalServer.origin)
  } finally {
    await portalServer.stop()
  }
  const floorServer = await startNext(floorDir('floor'), floorDist('floor', n), port + 1)
  let floor: PageWeight[]
  try {
    floor = [await weigh(floorServer.origin, '/'), await weigh(floorServer.origin, '/p/1')]
  } finally {
    await floorServer.stop()
  }
  for (const w of [...portal, ...floor])
    console.log(`${w.page}: HTML ${fmt.kb(w.htmlGz)} KB gz, JS ${fmt.kb(w.jsGz)} KB gz`)
  return { portal, floor, search }
}

export function pageWeightReport(n: number, { portal, floor, search }: Weights): string {
  const rows = portal.map((w, i) => {
    const base = floor[PAGES[i]?.floor ?? 1] as PageWeight
    const own = w.jsGz - base.jsGz
    // Search is the one page allowed more than 5 KB of its own JS: its form and results run in the browser.
    const target = i === SEARCH ? 'stated' : fmt.pass(own <= 5 * 1024)
    return [
      `${PAGES[i]?.name} (\`${w.page.length > 40 ? w.page.slice(0, 40) + '…' : w.page}\`)`,
      fmt.kb(w.htmlGz),
      `${fmt.kb(w.jsGz)} (${w.scripts} files)`,
      fmt.kb(base.jsGz),
      `${fmt.kb(own)} ${target}`,
      fmt.pass(w.htmlGz <= 20 * 1024),
      fmt.kb(w.cssGz),
      fmt.kb(w.imageBytes),
    ]
  })
  const searchPage = portal[SEARCH]
  const searchOwn = searchPage ? searchPage.jsGz - (floor[1] as PageWeight).jsGz : 0
  return `Every page type of the N=${n} build, served by \`next start\` on 127.0.0.1, against the floor app's
\`/\` (home) and \`/p/1\` (every other page; the floor's JS is the same on both). Sizes in KB; "gz" is gzip at the
default level of each response body (script \`src\` and stylesheet \`href\` found in the HTML, fetched one by one).
Targets: the portal's own JS beyond the floor's ≤ 5 KB gz on every page but search; HTML ≤ 20 KB gz.

${table(['page', 'HTML gz', 'JS gz', 'floor JS gz', 'own JS gz (target ≤ 5)', 'HTML ≤ 20 KB', 'CSS gz', 'images'], rows)}

Search: ${fmt.kb(searchOwn)} KB gz of its own JS in the page (the search form and results); then each query is one
answer from the search API, which searches on the server (“${search.query}”: ${fmt.kb(search.answerGz)} KB gz, ten results).`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = 100
  writeSection('page-weight', 'Page weight', pageWeightReport(n, await runPageWeight(n)))
}
