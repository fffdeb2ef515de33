import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Prerendered pages (HTML files) and the size of a build folder, leaving out Next's build cache. */
export function distStats(dist: string): { pages: number; bytes: number } {
  let pages = 0
  let bytes = 0
  const walk = (dir: string, top: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (top && entry.name === 'cache') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full, false)
      else if (entry.isFile()) {
        bytes += statSync(full).size
        if (entry.name.endsWith('.html') && full.includes(`${path.sep}server${path.sep}app${path.sep}`)) pages++
      }
    }
  }
  walk(dist, true)
  return { pages, bytes }
}
