import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The real CLI in a child process (`node cli.ts`, as Node 24 runs it), so a test can SIGKILL it. */

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url))


export interface ChildLake {
  child: ChildProcess
  origin: string
  exited: Promise<number | null>
}

export function spawnLake(env: Record<string, string>): Promise<ChildLake> {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, CONTENT_LAKE_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /at (http:\/\/\S+)/.exec(output)
      if (match?.[1]) resolve({ child, origin: match[1], exited })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then((code) => reject(new Error(`content lake exited (${code}) before it served: ${output}`)))
  })
}
