import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { searchIndexDir } from '@/lib/search/index-location'

/**
 * Serves the Pagefind bundle that `npm run build` writes into the build
 * folder. Only plain file names under that folder are answered: a segment
 * with anything but letters, digits, "_", "-" and "." (so no "..", no
 * separators, no encoded tricks) is a 404 without touching the disk. The
 * security headers come from lib/security-headers.ts (BUNDLE_HEADERS); this
 * sets what depends on the file: its type and how long it may be kept.
 */
export const dynamic = 'force-dynamic'

const SAFE_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
}
// Pagefind names index files by their content hash (pagefind.en_3f2a….pf_meta,
// fragment/en_1a2b….pf_fragment): those never change, the entry files do.
const HASHED = /_[0-9a-f]{6,}\.pf_/

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const { file } = await params
  if (file.length === 0 || file.length > 3 || !file.every((segment) => SAFE_SEGMENT.test(segment))) return notFound()
  const root = searchIndexDir()
  const target = path.join(root, ...file)
  if (!target.startsWith(root + path.sep)) return notFound()
  let body: Buffer
  try {
    body = await readFile(target)
  } catch {
    return notFound()
  }
  const name = file[file.length - 1] as string
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
  })
}
