/**
 * The Content Lake outage, end to end on a finished build (`npm run build`):
 * the site as `npm start` runs it (regenerations read the local Content Lake
 * through the hosted store), a correction published to the lake, the lake
 * stopped, then the signed webhook delivered:
 *   - the webhook is accepted and the failure logged once, naming the document;
 *   - the article keeps serving its last good page (same generation, old text);
 *   - once the lake is back the article regenerates with the correction.
 *
 *   node --import tsx scripts/publish-outage-check.ts        (ports 3310 and 3311)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'

const SITE_PORT = Number(process.env.OUTAGE_CHECK_PORT ?? 3310)
const LAKE_PORT = SITE_PORT + 1
const SITE = `http://127.0.0.1:${SITE_PORT}`
const LAKE = `http://127.0.0.1:${LAKE_PORT}`
const SECRET = randomBytes(24).toString('base64url')
const SYMPTOM = 'symptom-leg-pain'
const ARTICLE = '/articles/sciatica'
const lakeDir = mkdtempSync(path.join(tmpdir(), 'health-portal-outage-'))

let siteLog = ''
const children: ChildProcess[] = []

function run(args: string[], env: Record<string, string>, onOutput?: (text: string) => void): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()))
  children.push(child)
  return child
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- site log ---\n${siteLog}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

// The lake with no webhook: the check delivers it itself, after the lake has gone.
const startLake = () => {
  const lake = run(['content-lake/src/cli.ts'], { CONTENT_LAKE_PORT: String(LAKE_PORT), CONTENT_LAKE_DIR: lakeDir })
  return until('the lake', async () => ((await fetch(`${LAKE}/v2025-02-19/data/doc/production/${SYMPTOM}`)).ok ? lake : undefined))
}

const page = async () => {
  const response = await fetch(SITE + ARTICLE)
  const html = await response.text()
  return { status: response.status, html, generatedAt: /data-generated-at="([^"]+)"/.exec(html)?.[1] }
}

function check(ok: boolean, message: string) {
  if (!ok) throw new Error(`${message}\n--- site log ---\n${siteLog}`)
  console.log(`ok: ${message}`)
}

async function main() {
  let lake = await startLake()
  run(['node_modules/next/dist/bin/next', 'start', '-p', String(SITE_PORT), '-H', '127.0.0.1'], { CONTENT_LAKE_URL: LAKE, SANITY_REVALIDATE_SECRET: SECRET }, (text) => (siteLog += text))
  await until('the site', async () => ((await fetch(SITE + '/')).ok ? true : undefined))

  const good = await page()
  check(good.status === 200 && Boolean(good.generatedAt), `${ARTICLE} is served from the build`)

  const corrected = `Leg Pain (corrected ${Date.now()})`
  const mutated = await fetch(`${LAKE}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ patch: { id: SYMPTOM, set: { name: corrected } } }] }),
  })
  check(mutated.ok, 'the correction is published to the lake')
  lake.kill('SIGTERM')
  await until('the lake to stop', async () => (lake.exitCode !== null || lake.signalCode ? true : undefined))

  const body = JSON.stringify({ _id: SYMPTOM, _type: 'symptom', slug: 'leg-pain', operation: 'update' })
  const delivered = await fetch(`${SITE}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET) },
    body,
  })
  check(delivered.status === 200, `the webhook is accepted with the lake down (${delivered.status})`)

  for (let i = 0; i < 3; i++) {
    const during = await page()
    check(during.status === 200 && during.generatedAt === good.generatedAt && !during.html.includes(corrected), `request ${i + 1} with the lake down gets the last good page`)
  }
  const failures = siteLog.split('\n').filter((line) => line.includes('did not answer') && line.includes(SYMPTOM))
  check(failures.length === 1, `the failure is logged once with the document id: ${failures[0] ?? '(none)'}`)

  lake = await startLake()
  // Next retries a failed regeneration after a few seconds: the first request after that regenerates.
  const fresh = await until('the article to regenerate', async () => {
    const now = await page()
    return now.html.includes(corrected) ? now : undefined
  })
  check(fresh.status === 200 && fresh.generatedAt !== good.generatedAt, `${ARTICLE} regenerates with the correction once the lake is back`)

  // `next start` keeps regenerated pages in the build folder (.next/server/route-cache/), where a later
  // server would find them: regenerate the original there too.
  await fetch(`${LAKE}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mutations: [{ patch: { id: SYMPTOM, set: { name: 'Leg Pain' } } }] }),
  })
  const restore = JSON.stringify({ _id: SYMPTOM, _type: 'symptom', slug: 'leg-pain', operation: 'update' })
  await fetch(`${SITE}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(restore, Date.now(), SECRET) },
    body: restore,
  })
  await until('the article to be restored', async () => ((await page()).html.includes(corrected) ? undefined : true))
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
    rmSync(lakeDir, { recursive: true, force: true })
  })
