import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * bench/RESULTS.md holds one section per benchmark between markers, so each
 * benchmark can rerun on its own and replace only its section.
 */

export const RESULTS_FILE = path.join(process.cwd(), 'bench', 'RESULTS.md')

const HEADER = `# Benchmark results

Written by \`npm run bench\` (all sections) or by one benchmark run on its own
(\`npx tsx bench/<name>.ts\`), which replaces only its section. Compare figures
as ratios within one section: absolute times depend on the machine.
`

export function machine(): string {
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1)
  return `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gib} GiB RAM, Node ${process.version}, ${os.platform()}`
}

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

export function writeSection(name: string, title: string, body: string): void {
  const start = `<!-- bench:${name} -->`
  const end = `<!-- /bench:${name} -->`
  const stamp = `_${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} on ${machine()}_`
  const section = `${start}\n## ${title}\n\n${stamp}\n\n${body.trim()}\n${end}`
  const current = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : HEADER
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`)
  const next = pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}\n`
  writeFileSync(RESULTS_FILE, next)
}

export const fmt = {
  ms: (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2)),
  ratio: (value: number) => `${value.toFixed(2)}×`,
  kb: (bytes: number) => (bytes / 1024).toFixed(1),
  mb: (bytes: number) => (bytes / 1024 ** 2).toFixed(1),
  pass: (ok: boolean) => (ok ? 'met' : '**not met**'),
}

/** `--sizes=100,1000` or `--quick` (100 only); the default is the full ladder. */
export function sizesFromArgs(argv = process.argv): number[] {
  const explicit = argv.find((arg) => arg.startsWith('--sizes='))
  if (explicit) return explicit.slice('--sizes='.length).split(',').map(Number)
  return argv.includes('--quick') ? [100] : [100, 1000, 10000]
}
