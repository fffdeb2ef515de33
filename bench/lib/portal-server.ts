import { readFileSync } from 'node:fs'
import { portalDist } from '../build'
import { datasetPath } from './datasets'
import { startNext, type RunningServer } from './server'

export interface PortalServer extends RunningServer {
  /** Path of the dataset's first article, the page the benchmarks measure. */
  articlePath: string
  /** Its title (synthetic titles are plain words, written unescaped in the page). */
  articleTitle: string
}

/** `next start` on the N-article portal build, reading the dataset it was built from. */
export async function startPortal(n: number, port: number, dist = portalDist(n)): Promise<PortalServer> {
  const dataset = datasetPath(n)
  const line = readFileSync(dataset, 'utf8')
    .split('\n')
    .find((l) => l.includes('"_type":"article"'))
  const { slug, title } = JSON.parse(line ?? '{}') as { slug?: { current?: string }; title?: string }
  if (!slug?.current || !title) throw new Error(`${dataset} has no article`)
  const server = await startNext(process.cwd(), dist, port, { EMBEDDED_DATASET_PATH: dataset })
  return { ...server, articlePath: `/articles/${slug.current}`, articleTitle: title }
}
