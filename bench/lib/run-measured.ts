import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Runs a command under GNU time and samples the RSS of its whole process tree:
 * `time -v` reports only the largest single process, while a Next build's
 * memory is spread over the main process and its static-generation workers.
 */

export interface Measured {
  wallMs: number
  /** Largest single process, from /usr/bin/time -v. */
  maxProcessRssBytes: number
  /** Largest sum over the process tree, sampled every 200 ms. */
  peakTreeRssBytes: number
  output: string
}

const PAGE = 4096

export function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the parenthesised command name: state ppid ... rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
      rss.set(pid, Number(fields[21]) * PAGE)
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export function runMeasured(command: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-v', ...command], { cwd: options.cwd, env: options.env })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    let peak = 0
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid))
    }, 200)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sampler)
      const wallMs = performance.now() - started
      if (code !== 0) return reject(new Error(`${command.join(' ')} exited with ${code}:\n${output.slice(-4000)}`))
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0)
      resolve({ wallMs, maxProcessRssBytes: kb * 1024, peakTreeRssBytes: peak, output })
    })
  })
}
