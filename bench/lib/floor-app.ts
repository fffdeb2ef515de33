import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { WORK_DIR } from '../generate-dataset'

/**
 * The floor: a bare App Router site with N trivial static pages, built by the
 * repo's own next/react (symlinked node_modules) with the same worker settings
 * as the portal. Whatever a portal build costs beyond it is ours.
 */

export const FLOOR_DIR = path.join(WORK_DIR, 'floor-app')

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'floor-app', private: true, type: 'module' }, null, 2),
  'next.config.mjs': `export default {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: { cpus: 2 },
}
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
  'app/p/[id]/page.tsx': `export const dynamicParams = false

export function generateStaticParams() {
  const count = Number(process.env.FLOOR_PAGES ?? 100)
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1) }))
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return <p>Page {id}</p>
}
`,
}

export function writeFloorApp(): string {
  rmSync(FLOOR_DIR, { recursive: true, force: true })
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(FLOOR_DIR, file)), { recursive: true })
    writeFileSync(path.join(FLOOR_DIR, file), text)
  }
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(FLOOR_DIR, 'node_modules'))
  return FLOOR_DIR
}
