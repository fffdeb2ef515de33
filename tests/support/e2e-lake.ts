import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Where the end-to-end run's local Content Lake listens and keeps its working
 * copy: its own port (the site's + 2; + 1 is the large-dataset site) and a
 * folder that the web server command empties first, so every run starts from
 * the seed and never touches a developer's .content-lake/.
 */
export function e2eLake(sitePort: number) {
  const port = Number(process.env.E2E_LAKE_PORT ?? sitePort + 2)
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    directory: path.join(tmpdir(), `health-portal-e2e-lake-${sitePort}`),
  }
}
