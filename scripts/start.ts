/**
 * `npm start`: the site, and on the embedded default the local Content Lake
 * beside it for the Studio at /studio. The lake listens on the site's port + 1
 * (or CONTENT_LAKE_PORT); when that port is taken it takes any free one, and
 * the site learns the address at run time (CONTENT_LAKE_URL), so copies on
 * different PORTs never collide. With SANITY_PROJECT_ID/SANITY_DATASET set
 * this is plain `next start`. Arguments go to `next start`.
 *
 * Publishing in the local Studio updates the running site: the lake signs a
 * webhook per published change to the site's /api/revalidate with a secret
 * generated for this process (CONTENT_LAKE_WEBHOOK_URL/_SECRET for the lake,
 * SANITY_REVALIDATE_SECRET for the site), and the site's regenerations read
 * the lake (CONTENT_LAKE_URL; lib/content/index.ts). Set those variables to
 * choose them yourself.
 *
 * Node built-ins only, so Node runs it directly (`node scripts/start.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const hosted = Boolean(process.env.SANITY_PROJECT_ID?.trim() || process.env.SANITY_DATASET?.trim())

function sitePort(): number {
  return Number(flag('-p', '--port') ?? process.env.PORT) || 3000
}

function flag(...names: string[]): string | undefined {
  const at = args.findIndex((arg) => names.includes(arg))
  return at >= 0 ? args[at + 1] : undefined
}

/** Where the lake reaches the site: the address `next start` binds, or loopback when it binds every interface. */
function siteOrigin(): string {
  const host = flag('-H', '--hostname')
  const reachable = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${sitePort()}`
}

/** One secret per run, shared by the lake (which signs) and the site (which verifies); never written anywhere. */
function publishWebhook(): { lake: Record<string, string>; site: Record<string, string> } {
  const secret = process.env.SANITY_REVALIDATE_SECRET?.trim() || randomBytes(32).toString('base64url')
  return {
    lake: {
      CONTENT_LAKE_WEBHOOK_URL: process.env.CONTENT_LAKE_WEBHOOK_URL?.trim() || `${siteOrigin()}/api/revalidate`,
      CONTENT_LAKE_WEBHOOK_SECRET: process.env.CONTENT_LAKE_WEBHOOK_SECRET?.trim() || secret,
    },
    site: { SANITY_REVALIDATE_SECRET: secret },
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

function startLake(port: number, env: Record<string, string>): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [path.join(root, 'content-lake/src/cli.ts')], {
    cwd: root,
    env: { ...process.env, ...env, CONTENT_LAKE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      output += chunk.toString()
      const origin = /at (http:\/\/\S+)/.exec(output)?.[1]
      if (origin) resolve({ child, origin })
    })
    child.once('exit', (code) => reject(new Error(`the local Content Lake stopped (exit code ${code}) before it served`)))
  })
}

function startSite(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
}

async function main() {
  if (hosted) {
    startSite(process.env).once('exit', (code) => process.exit(code ?? 1))
    return
  }
  const wanted = Number(process.env.CONTENT_LAKE_PORT) || sitePort() + 1
  const port = (await isFree(wanted)) ? wanted : 0
  if (port === 0) console.log(`content-lake: port ${wanted} is taken; using a free port`)
  // Readers come first: if the lake cannot start (say its working copy is in use by another copy of the
  // site in this folder), the site still starts, and /studio says why it cannot edit.
  const webhook = publishWebhook()
  const lake = await startLake(port, webhook.lake).catch((error: Error) => {
    console.error(`content-lake: ${error.message}; starting the site without it (/studio cannot edit)`)
    return undefined
  })
  const site = startSite(lake ? { ...process.env, ...webhook.site, CONTENT_LAKE_URL: lake.origin } : process.env)
  lake?.child.once('exit', (code) => {
    if (site.exitCode === null) console.error(`content-lake: stopped (exit code ${code}); the site keeps serving, /studio cannot edit`)
  })
  const stop = () => {
    lake?.child.kill('SIGTERM')
    site.kill('SIGTERM')
  }
  site.once('exit', (code) => {
    lake?.child.kill('SIGTERM')
    process.exitCode = code ?? 0
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stop)
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
