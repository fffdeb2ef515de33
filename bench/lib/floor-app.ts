import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { syntheticBundle } from '../../support/synthetic/dataset'
import { WORK_DIR } from './datasets'

/**
 * The floors: bare App Router sites built by the repo's own next/react
 * (symlinked node_modules) with the same worker settings as the portal.
 *
 * - `floor`: N trivial static pages. Whatever a portal build costs beyond it
 *   is ours plus what Next costs for a bigger page.
 * - `content-floor`: N static pages carrying the same synthetic articles'
 *   words in plain markup (a section and heading per field, a paragraph per
 *   text, a list per array), read from one JSON file per page: no data layer,
 *   metadata, structured data or site chrome. Whatever the portal costs beyond
 *   it is what the portal itself adds to rendering that much content.
 */

export type FloorKind = 'floor' | 'content-floor'

export const floorDir = (kind: FloorKind) => path.join(WORK_DIR, `${kind}-app`)

const SHARED: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'floor-app', private: true, type: 'module' }, null, 2),
  // Same build workers and serving settings as the portal (next.config.mjs).
  'next.config.mjs': `export default {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  generateEtags: false,
  experimental: { cpus: 2 },
}
`,
  // Built without an instrumentation.ts of its own, a floor took in the portal's (Next's workspace root
  // here is the portal's folder, which holds the lockfile), whose start-up check refuses the floor's
  // build folder: every request to the floor answered 500.
  'instrumentation.ts': `export function register() {}
`,
  'app/layout.tsx': `import type { ReactNode } from 'react'

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `export default function Home() {
  return <h1>Floor</h1>
}
`,
}

const PARAMS = `export const dynamicParams = false

export function generateStaticParams() {
  const count = Number(process.env.FLOOR_PAGES ?? 100)
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1) }))
}
`

const PAGES: Record<FloorKind, Record<string, string>> = {
  floor: {
    'app/p/[id]/page.tsx': `${PARAMS}
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return <p>Page {id}</p>
}
`,
  },
  'content-floor': {
    'app/p/[id]/page.tsx': `import { readFileSync } from 'node:fs'
import path from 'node:path'

${PARAMS}
type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

function Content({ value }: { value: Json }) {
  if (typeof value === 'string') return <p>{value}</p>
  if (Array.isArray(value))
    return (
      <ul>
        {value.map((item, i) => (
          <li key={i}>
            <Content value={item} />
          </li>
        ))}
      </ul>
    )
  if (value && typeof value === 'object')
    return Object.entries(value).map(([key, item]) => (
      <section key={key}>
        <h2>{key}</h2>
        <Content value={item} />
      </section>
    ))
  return <span>{String(value)}</span>
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const file = path.join(process.cwd(), 'content', \`\${Number(id)}.json\`)
  const article = JSON.parse(readFileSync(file, 'utf8')) as { title: string } & Record<string, Json>
  return (
    <main>
      <article>
        <h1>{article.title}</h1>
        <Content value={article} />
      </article>
    </main>
  )
}
`,
  },
}

/** Writes the floor app for N pages and returns its folder. */
export function writeFloorApp(kind: FloorKind, pages: number): string {
  const dir = floorDir(kind)
  rmSync(dir, { recursive: true, force: true })
  for (const [file, text] of Object.entries({ ...SHARED, ...PAGES[kind] })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'))
  if (kind === 'content-floor') {
    mkdirSync(path.join(dir, 'content'))
    let page = 0
    for (const article of syntheticBundle(pages).articles)
      writeFileSync(path.join(dir, 'content', `${++page}.json`), JSON.stringify(article))
  }
  return dir
}
