/**
 * The hosted path's transport, end to end through `next build`: builds the
 * site against a local stand-in for the Content Lake (next-sanity's client,
 * Next's data cache) and checks that every article and region page's main
 * content is identical to the embedded-dataset build in .next. The stand-in
 * evaluates GROQ with the same groq-js engine, so this proves the transport and
 * the build's data cache, not the GROQ. Run after `next build`.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_DATASET_PATH, loadDataset } from '@/lib/embedded-groq/embedded-store'
import { startContentLakeStandIn } from '@/support/content-lake-stand-in'

const EMBEDDED_DIST = '.next'
const HOSTED_DIST = '.next-hosted'

function build(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['next', 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hosted next build exited with ${code}`))))
  })
}

function mainOf(dist: string, route: string): string {
  const file = path.join(dist, 'server', 'app', `${route}.html`)
  if (!existsSync(file)) throw new Error(`${file} was not generated`)
  const html = readFileSync(file, 'utf8')
  const match = /<main[\s\S]*<\/main>/.exec(html)
  if (!match) throw new Error(`${file} has no <main>`)
  return match[0]
}

async function main() {
  if (!existsSync(path.join(EMBEDDED_DIST, 'BUILD_ID'))) throw new Error('Run `next build` first.')
  const standIn = await startContentLakeStandIn(DEFAULT_DATASET_PATH)
  try {
    await build({
      SANITY_PROJECT_ID: 'standin',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: standIn.origin,
      NEXT_DIST_DIR: HOSTED_DIST,
    })
  } finally {
    await standIn.close()
  }
  const { documents } = loadDataset(DEFAULT_DATASET_PATH)
  const slug = (d: (typeof documents)[number]) => (d.slug as { current: string }).current
  const routes = [
    'index',
    ...documents.filter((d) => d._type === 'article').map((d) => `articles/${slug(d)}`),
    ...documents.filter((d) => d._type === 'bodyRegion').map((d) => `regions/${slug(d)}`),
  ]
  const differing = routes.filter((route) => mainOf(EMBEDDED_DIST, route) !== mainOf(HOSTED_DIST, route))
  console.log(`hosted build: ${standIn.requests.length} queries answered by the Content Lake stand-in`)
  if (standIn.requests.length === 0 || differing.length > 0) {
    console.error(`hosted build differs from the embedded build on: ${differing.join(', ') || '(no queries made)'}`)
    process.exit(1)
  }
  console.log(`hosted build: ${routes.length} pages identical to the embedded build`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
