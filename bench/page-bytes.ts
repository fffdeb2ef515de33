/**
 * Where a prerendered page's bytes go, read from build output (no server):
 * the HTML split into head, the page's visible markup (site chrome apart from
 * <main>), JSON-LD, the inline flight payload (`self.__next_f.push` scripts)
 * and other scripts; then the `.rsc` file and the segment prefetch files, with
 * what of the payload is JSON-LD. Raw and gzip bytes of each part.
 *   npx tsx bench/page-bytes.ts [--dist=bench/.work/dist-100] [--page=articles/synthetic-condition-00001]
 * The content floor's /p/1 is its `--dist=bench/.work/content-floor-dist-100 --page=p/1`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { table } from './lib/results'

export interface Part {
  part: string
  raw: number
  gz: number
}

const part = (name: string, text: string): Part => ({
  part: name,
  raw: Buffer.byteLength(text),
  gz: text ? gzipSync(text).length : 0,
})

const FLIGHT = /<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g
const JSON_LD = /<script type="application\/ld\+json">[\s\S]*?<\/script>/g

/** The flight rows the inline scripts carry, decoded (each push is `[1, "chunk"]`; the others are bootstrapping). */
export function inlineFlight(html: string): string {
  return [...html.matchAll(FLIGHT)]
    .map((m) => JSON.parse(m[1] as string) as [number, string?])
    .map(([kind, chunk]) => (kind === 1 ? (chunk ?? '') : ''))
    .join('')
}

/** Splits one prerendered HTML page into the parts a reader's browser downloads. */
export function htmlParts(html: string): Part[] {
  const head = /<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? ''
  const flight = [...html.matchAll(FLIGHT)].map((m) => m[0]).join('')
  const jsonLd = [...html.matchAll(JSON_LD)].map((m) => m[0]).join('')
  const body = html.replace(head, '').replace(FLIGHT, '').replace(JSON_LD, '')
  const otherScripts = [...body.matchAll(/<script\b[\s\S]*?<\/script>/g)].map((m) => m[0]).join('')
  const markup = body.replace(/<script\b[\s\S]*?<\/script>/g, '')
  const main = /<main\b[\s\S]*<\/main>/.exec(markup)?.[0] ?? markup
  return [
    part('whole HTML', html),
    part('head (metadata, links)', head),
    part('markup inside <main>', main),
    part('markup outside <main> (chrome)', markup.replace(main, '')),
    part('JSON-LD scripts', jsonLd),
    part('inline flight scripts', flight),
    part('other scripts', otherScripts),
  ]
}

/** Flight rows by id: `id:T<hex byte length>,<text>` text rows (large strings), otherwise one row per line. */
export function flightRows(flight: string): Map<string, string> {
  const bytes = Buffer.from(flight)
  const rows = new Map<string, string>()
  let at = 0
  while (at < bytes.length) {
    const colon = bytes.indexOf(':', at)
    if (colon < 0) break
    const id = bytes.subarray(at, colon).toString()
    if (bytes[colon + 1] === 0x54 /* T */) {
      const comma = bytes.indexOf(',', colon)
      const end = comma + 1 + parseInt(bytes.subarray(colon + 2, comma).toString(), 16)
      rows.set(id, bytes.subarray(at, end).toString())
      at = end
    } else {
      const end = bytes.indexOf('\n', colon)
      rows.set(id, bytes.subarray(at, end < 0 ? bytes.length : end + 1).toString())
      at = end < 0 ? bytes.length : end + 1
    }
  }
  return rows
}

/** The JSON-LD a flight payload carries: each script element's `__html`, inline or in the text row it points to. */
export function flightJsonLd(flight: string): string {
  const rows = flightRows(flight)
  return [...flight.matchAll(/"type":"application\/ld\+json","dangerouslySetInnerHTML":\{"__html":"((?:[^"\\]|\\.)*)"\}/g)]
    .map((m) => (/^\$[0-9a-f]+$/.test(m[1] as string) ? (rows.get((m[1] as string).slice(1)) ?? '') : (m[0] as string)))
    .join('')
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

export function pageBytes(dist: string, page: string): Part[] {
  const base = path.join(dist, 'server', 'app', page)
  const html = readFileSync(`${base}.html`, 'utf8')
  const flight = inlineFlight(html)
  const rsc = readFileSync(`${base}.rsc`, 'utf8')
  const segments = filesUnder(`${base}.segments`)
  return [
    ...htmlParts(html),
    part('  inline flight, decoded', flight),
    part('  of which JSON-LD', flightJsonLd(flight)),
    part('.rsc', rsc),
    part('  of which JSON-LD', flightJsonLd(rsc)),
    ...segments.map((file) => part(`segment ${path.relative(`${base}.segments`, file)}`, readFileSync(file, 'utf8'))),
    part('visible text (body, tags stripped)', visibleText(html)),
  ]
}

/** What a reader reads: the body's text without scripts and tags (entities left as written). */
export function visibleText(html: string): string {
  const body = /<body\b[\s\S]*<\/body>/.exec(html)?.[0] ?? html
  return body
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]*>/g, '')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
  const dist = arg('dist', 'bench/.work/dist-100')
  const page = arg('page', 'articles/synthetic-condition-00001')
  console.log(`${dist} ${page}\n`)
  console.log(table(['part', 'bytes', 'gzip'], pageBytes(dist, page).map((p) => [p.part, p.raw, p.gz])))
}
