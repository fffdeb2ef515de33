import { createHash } from 'node:crypto'
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
// Anything else is opaque binary: the index files (.pf_*) and the WebAssembly (wasm.<language>.pagefind) are
// compressed by Pagefind and unpacked by its script, never taken by the browser as a type of its own.
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
}
// Pagefind names its index files by their content's hash (pagefind.en-GB_3f2a….pf_meta, index/, fragment/ and
// filter/en-GB_1a2b….pf_*): a new build writes new names, so a kept copy is never stale.
const HASHED = /_[0-9a-f]{6,}\.pf_[a-z]+$/
const KEPT = 'public, max-age=31536000, immutable'
// pagefind.js, pagefind-entry.json and the WebAssembly keep their names from build to build (the entry says which
// hashed files the build has; the WebAssembly changes with Pagefind's version). Kept, but checked on every use:
// the ETag is a hash of the bytes, so an unchanged file costs a 304 with no body and a rebuilt one is seen at once.
const CHECKED = 'public, no-cache'

/** A weak validator: Next may send the bytes gzipped, equal in meaning but not byte for byte. */
const etagOf = (body: Buffer) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`

/** If-None-Match holds `etag` (a list, weak or strong: RFC 9110 compares weakly here) or is "*". */
function unchanged(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  const opaque = etag.slice(2)
  return header.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === opaque
  })
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string[] }> }) {
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
  const type = TYPES[path.extname(name)] ?? 'application/octet-stream'
  if (HASHED.test(name)) return new Response(new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': KEPT } })
  const etag = etagOf(body)
  const checked = { 'cache-control': CHECKED, etag }
  if (unchanged(request, etag)) return new Response(null, { status: 304, headers: checked })
  return new Response(new Uint8Array(body), { headers: { 'content-type': type, ...checked } })
}
