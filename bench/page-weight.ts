/**
 * What a visitor downloads for the home and an article page, against the
 * floor app's pages, each served by `next start` on 127.0.0.1:
 *   npx tsx bench/page-weight.ts   (after bench/build.ts has built N=100)
 */
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { floorDist } from './build'
import { floorDir } from './lib/floor-app'
import { paths } from '../lib/site'
import { fmt, table, writeSection } from './lib/results'
import { syntheticRegionSlug } from '../support/synthetic/entities'
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

async function bytesOf(url: string): Promise<Uint8Array> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return new Uint8Array(await res.arrayBuffer())
}

export async function weigh(origin: string, page: string): Promise<PageWeight> {
  const html = await bytesOf(origin + page)
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

// Every page type the site has; the region page is a listing, compared with the floor's trivial page too.
const FIRST_REGION_PATH = paths.region(syntheticRegionSlug(0))
const NAMES = ['home', 'article', 'region']

export async function runPageWeight(n: number, port = 3310): Promise<{ portal: PageWeight[]; floor: PageWeight[] }> {
  const portalServer = await startPortal(n, port)
  let portal: PageWeight[]
  try {
    portal = []
    for (const page of ['/', portalServer.articlePath, FIRST_REGION_PATH]) portal.push(await weigh(portalServer.origin, page))
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
  return { portal, floor }
}

export function pageWeightReport(n: number, { portal, floor }: { portal: PageWeight[]; floor: PageWeight[] }): string {
  const rows = portal.map((w, i) => {
    const base = (floor[i] ?? floor.at(-1)) as PageWeight
    const own = w.jsGz - base.jsGz
    return [
      `${NAMES[i]} (\`${w.page.length > 40 ? w.page.slice(0, 40) + '…' : w.page}\`)`,
      fmt.kb(w.htmlGz),
      `${fmt.kb(w.jsGz)} (${w.scripts} files)`,
      fmt.kb(base.jsGz),
      `${fmt.kb(own)} ${fmt.pass(own <= 5 * 1024)}`,
      fmt.pass(w.htmlGz <= 20 * 1024),
      fmt.kb(w.cssGz),
      fmt.kb(w.imageBytes),
    ]
  })
  return `Home, article and region page of the N=${n} build, served by \`next start\` on 127.0.0.1, against
the floor app's \`/\` and \`/p/1\` (the region page against \`/p/1\` too). Sizes in KB; "gz" is gzip at the default level of each
response body (script \`src\` and stylesheet \`href\` found in the HTML, fetched one by one).
Targets: the portal's own JS beyond the floor's ≤ 5 KB gz; HTML ≤ 20 KB gz.

${table(['page', 'HTML gz', 'JS gz', 'floor JS gz', 'own JS gz (target ≤ 5)', 'HTML ≤ 20 KB', 'CSS gz', 'images'], rows)}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = 100
  writeSection('page-weight', 'Page weight', pageWeightReport(n, await runPageWeight(n)))
}
