/**
 * Sustained load on the built site (not in CI, not in bench/run.ts: 40 s of
 * two saturated cores):
 *   npm run build && npx tsx bench/load.ts [--duration 30] [--connections 50] [--port 3520]
 * Bounded autocannon on loopback over a mix of home, article, region, hub,
 * A–Z and sitemap URLs from the build in .next (the committed dataset). The
 * run passes with 0 errors, 0 timeouts and 0 non-2xx answers, and the
 * server's resident memory (its whole process tree) within 10 % between the
 * end of the warm-up and the end of the run. Writes the "load" section of
 * bench/RESULTS.md.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { fmt, table, writeSection } from './lib/results'
import { startNext } from './lib/server'

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

const DURATION = arg('duration', 30)
const CONNECTIONS = arg('connections', 50)
const PORT = arg('port', 3520)
const WARM_UP = 5
const RSS_TOLERANCE = 0.1

/** The mix: each kind of page, weighted as readers arrive (articles most). */
const PATHS = [
  '/',
  '/articles/gluteus-medius-trigger-points',
  '/articles/piriformis-syndrome',
  '/articles/greater-trochanteric-pain-syndrome',
  '/regions/hip-and-pelvis',
  '/regions/knee',
  '/symptoms/stiffness',
  '/treatments/physical-therapy',
  '/symptoms',
  '/sitemap.xml',
]

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
      total += Number(rss ?? 0) * 1024
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

const mib = (bytes: number) => `${fmt.mb(bytes)} MiB`

const server = await startNext(process.cwd(), path.join(process.cwd(), '.next'), PORT)
try {
  // Every path must answer before the run: a 404 in the mix would be a bench bug, not load.
  for (const p of PATHS) {
    const response = await fetch(server.origin + p)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${p} answers ${response.status}; fix the mix in bench/load.ts`)
  }
  const requests = PATHS.map((p) => ({ method: 'GET', path: p }))
  const idle = treeRss(server.pid)
  await autocannon({ url: server.origin, connections: CONNECTIONS, duration: WARM_UP, requests })
  const before = treeRss(server.pid)
  const result = await autocannon({ url: server.origin, connections: CONNECTIONS, duration: DURATION, requests, timeout: 10 })
  const after = treeRss(server.pid)
  const growth = (after - before) / before

  const failures = [
    result.errors > 0 && `${result.errors} errors`,
    result.timeouts > 0 && `${result.timeouts} timeouts`,
    result.non2xx > 0 && `${result.non2xx} non-2xx answers`,
    Math.abs(growth) > RSS_TOLERANCE && `RSS moved ${(growth * 100).toFixed(1)} % (limit ±10 %)`,
  ].filter(Boolean)

  const body = `
${DURATION} s of autocannon on loopback, ${CONNECTIONS} connections, after a ${WARM_UP} s warm-up, cycling through
${PATHS.length} URLs (home, three articles, two regions, two hubs, an A–Z index, the sitemap) of \`next start\`
over the committed dataset. \`npx tsx bench/load.ts\` after \`npm run build\`; not part of CI.

${table(
  ['requests', 'req/s', 'p50', 'p99', 'max', 'errors', 'timeouts', 'non-2xx', 'RSS idle', 'RSS after warm-up', 'RSS after run', 'RSS change'],
  [
    [
      result.requests.total,
      result.requests.average.toFixed(0),
      `${result.latency.p50} ms`,
      `${result.latency.p99} ms`,
      `${(result.latency as unknown as { max: number }).max} ms`,
      result.errors,
      result.timeouts,
      result.non2xx,
      mib(idle),
      mib(before),
      mib(after),
      `${(growth * 100).toFixed(1)} %`,
    ],
  ],
)}

Status codes: ${Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code} × ${count}`)
    .join(', ')}. ${failures.length ? `**Failed:** ${failures.join('; ')}.` : 'Passed: no error, no timeout, no non-2xx, memory flat within 10 %.'}
`
  writeSection('load', 'Load: 50 connections for 30 s', body)
  console.log(body)
  if (failures.length) process.exitCode = 1
} finally {
  await server.stop()
}
