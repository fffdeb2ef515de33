import { ConfigError, readConfig } from './config.ts'
import { exportPublished } from './export.ts'
import { startContentLake } from './server.ts'

/**
 * `node content-lake/src/cli.ts` serves the local Content Lake;
 * `node content-lake/src/cli.ts export` writes the working copy's published
 * documents back to the seed NDJSON. Settings come from CONTENT_LAKE_* variables.
 */

async function main(argv: string[]): Promise<void> {
  const config = readConfig(process.env, process.cwd())
  const dataset = config.dataset ?? 'production'
  if (argv[0] === 'export') {
    const count = exportPublished(config.directory, dataset, config.seedFile)
    console.log(`content-lake: wrote ${count} published documents from ${config.directory} to ${config.seedFile}`)
    return
  }
  if (argv[0] !== undefined && argv[0] !== 'serve') throw new ConfigError(`unknown command "${argv[0]}" (use serve or export)`)
  const lake = await startContentLake(config)
  console.log(`content-lake: serving dataset "${dataset}" at ${lake.origin} (working copy ${config.directory})`)
  const stop = () => void lake.close().then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`content-lake: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
