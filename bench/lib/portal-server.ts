import { forEachLine } from '../../lib/embedded-groq/dataset-file'
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
  // Read up to the first article only: at 100 000 articles the file is larger than one string can hold.
  let line: string | undefined
  forEachLine(dataset, ({ text }) => !(text.includes('"_type":"article"') && (line = text)))
  const { slug, title } = JSON.parse(line ?? '{}') as { slug?: { current?: string }; title?: string }
  if (!slug?.current || !title) throw new Error(`${dataset} has no article`)
  const server = await startNext(process.cwd(), dist, port, { EMBEDDED_DATASET_PATH: dataset })
  return { ...server, articlePath: `/articles/${slug.current}`, articleTitle: title }
}
