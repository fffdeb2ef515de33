import path from 'node:path'
import { getEnv } from '../env'

/**
 * The Pagefind index lives inside Next's build folder, beside the pages it
 * describes, so two builds (.next and .next-large) never share one. The
 * search API (app/api/search) answers from there.
 */
export function searchIndexDir(): string {
  return path.join(process.cwd(), getEnv().buildDir, 'pagefind')
}
