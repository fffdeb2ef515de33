import { readFileSync } from 'node:fs'
import { portalDist } from '../build'
import { datasetPath } from './datasets'
import { startNext, type RunningServer } from './server'

export interface PortalServer extends RunningServer {
  /** Path of the dataset's first article, the page the benchmarks measure. */
  articlePath: string
}

/** `next start` on the N-article portal build, reading the dataset it was built from. */
export async function startPortal(n: number, port: number, dist = portalDist(n)): Promise<PortalServer> {
  const dataset = datasetPath(n)
  const line = readFileSync(dataset, 'utf8')
    .split('\n')
    .find((l) => l.includes('"_type":"article"'))
  const slug = (JSON.parse(line ?? '{}') as { slug?: { current?: string } }).slug?.current
  if (!slug) throw new Error(`${dataset} has no article`)
  const server = await startNext(process.cwd(), dist, port, { EMBEDDED_DATASET_PATH: dataset })
  return { ...server, articlePath: `/articles/${slug}` }
}
