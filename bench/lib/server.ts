import { spawn } from 'node:child_process'
import path from 'node:path'

/** `next start` on loopback for a finished build; resolves once it answers. */
export interface RunningServer {
  origin: string
  /** The `next start` process (memory sampling reads its process tree). */
  pid: number
  stop(): Promise<void>
}

const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')

export async function startNext(
  cwd: string,
  distDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn('node', [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: path.relative(cwd, distDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (c: Buffer) => (log += c.toString()))
  child.stderr.on('data', (c: Buffer) => (log += c.toString()))
  const origin = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`)
    try {
      const res = await fetch(origin + '/', { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      return { origin, stop, pid: child.pid as number }
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  await stop()
  throw new Error(`next start did not answer on ${origin}:\n${log}`)
}
