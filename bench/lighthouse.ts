/**
 * Lighthouse (mobile, the default) for the home and an article page, median of
 * three runs each, against `next start` on 127.0.0.1:
 *   npx tsx bench/lighthouse.ts   (after bench/build.ts has built N=100)
 * Uses the lighthouse CLI in a child process with Debian's Chromium.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { WORK_DIR } from './lib/datasets'
import { median } from './lib/median'
import { table, writeSection } from './lib/results'
import { startPortal } from './lib/portal-server'

const run = promisify(execFile)
const CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'))
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGET: Record<(typeof CATEGORIES)[number], number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
}

type Category = (typeof CATEGORIES)[number]
interface Report {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    { score: number | null; title: string; details?: { items?: { url?: string; sourceLocation?: { url?: string } }[] } }
  >
}
export interface PageScores {
  page: string
  median: Record<Category, number>
  failing: Record<Category, string[]>
}

async function audit(url: string, runIndex: number): Promise<Report> {
  const out = path.join(WORK_DIR, `lighthouse-${runIndex}.json`)
  await run(
    'node',
    [
      CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 ** 2 },
  )
  return JSON.parse(readFileSync(out, 'utf8')) as Report
}


async function scorePage(origin: string, page: string, runs: number): Promise<PageScores> {
  const reports: Report[] = []
  for (let i = 0; i < runs; i++) reports.push(await audit(origin + page, i))
  const medianScores = {} as Record<Category, number>
  const failing = {} as Record<Category, string[]>
  for (const category of CATEGORIES) {
    medianScores[category] = median(reports.map((r) => Math.round((r.categories[category].score ?? 0) * 100)))
    const failed = new Set<string>()
    for (const report of reports) {
      for (const ref of report.categories[category].auditRefs) {
        const result = report.audits[ref.id]
        if (ref.weight > 0 && result && result.score !== null && result.score < 0.9) {
          // Name the offending URLs (a missing favicon, a failing script) so the fix is obvious.
          const urls = (result.details?.items ?? []).map((item) => item.sourceLocation?.url ?? item.url).filter(Boolean)
          failed.add(`${ref.id} (${result.score}${urls.length ? `: ${[...new Set(urls)].join(', ')}` : ''})`)
        }
      }
    }
    failing[category] = [...failed]
  }
  console.log(`${page}: ${CATEGORIES.map((c) => `${c} ${medianScores[c]}`).join(', ')}`)
  return { page, median: medianScores, failing }
}

export async function runLighthouse(n: number, port = 3330, runs = 3): Promise<PageScores[]> {
  const server = await startPortal(n, port)
  try {
    return [await scorePage(server.origin, '/', runs), await scorePage(server.origin, server.articlePath, runs)]
  } finally {
    await server.stop()
  }
}

export function lighthouseReport(n: number, pages: PageScores[]): string {
  const rows = pages.map((p) => [
    `\`${p.page}\``,
    ...CATEGORIES.map((c) => `${p.median[c]}${p.median[c] >= TARGET[c] ? '' : ' **(below target)**'}`),
  ])
  const notes = pages.flatMap((p) =>
    CATEGORIES.filter((c) => p.failing[c].length > 0).map(
      (c) => `- \`${p.page}\` ${c}: audits scoring below 0.9 in any run: ${p.failing[c].join(', ')}`,
    ),
  )
  return `Lighthouse 12.2.3, mobile (default throttling), Chromium headless, median of three runs
per page, N=${n} build on 127.0.0.1. Targets: performance ≥ 98, accessibility, best
practices and SEO 100.

${table(['page', ...CATEGORIES.map((c) => `${c} (≥ ${TARGET[c]})`)], rows)}

${notes.length ? notes.join('\n') : 'No weighted audit scored below 0.9.'}`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = 100
  writeSection('lighthouse', 'Lighthouse', lighthouseReport(n, await runLighthouse(n)))
}
