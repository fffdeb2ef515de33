/**
 * Runs every benchmark and rewrites bench/RESULTS.md and the chart:
 *   npm run bench          N = 100, 1 000 and 10 000 (slow: not for CI)
 *   npm run bench:quick    N = 100 only, a few minutes
 * Page weight, serving and Lighthouse use the smallest build; publish → visible the largest.
 */
import { buildReport, runBuilds, writeChart } from './build'
import { dataLayerReport, runDataLayer } from './data-layer'
import { lighthouseReport, runLighthouse, syntheticTarget } from './lighthouse'
import { datasetPath } from './lib/datasets'
import { nodeRuntimesReport, runNodeRuntimes } from './node-runtimes'
import { pageWeightReport, runPageWeight } from './page-weight'
import { publishReport, runPublish } from './publish'
import { sizesFromArgs, writeSection } from './lib/results'
import { runServe, serveReport } from './serve'

const sizes = sizesFromArgs()
const smallest = sizes[0] ?? 100
const started = performance.now()
const step = (name: string) => console.log(`\n== ${name} (${((performance.now() - started) / 1000).toFixed(0)} s) ==`)

step('data layer')
writeSection('data-layer', 'Data layer: gateway getters vs N', dataLayerReport(await runDataLayer(sizes)))

step('builds')
const builds = await runBuilds(sizes)
writeChart(builds)
writeSection('build', 'Build: portal vs bare Next.js floor', buildReport(builds))

step('node runtimes')
writeSection(
  'node-runtimes',
  'Node.js runtimes: the machine’s Node against the project’s',
  nodeRuntimesReport(await runNodeRuntimes([smallest])),
)

step('page weight')
writeSection('page-weight', 'Page weight', pageWeightReport(smallest, await runPageWeight(smallest)))

step('serving')
writeSection('serve', 'Serving: article vs trivial response', serveReport(smallest, await runServe(smallest)))

step('lighthouse')
// The synthetic build made above; `npx tsx bench/lighthouse.ts` measures the committed dataset's build (npm run build).
writeSection(
  'lighthouse',
  'Lighthouse',
  lighthouseReport(await runLighthouse({ targets: [syntheticTarget(smallest)], datasetFile: datasetPath(smallest) })),
)

step('publish')
// The largest N: the symptoms listed by 1, 100 and 1 000 articles need that many (smaller runs drop the larger K).
writeSection(
  'publish',
  'Publish → visible: pages regenerated per published change',
  publishReport(await runPublish(Math.max(...sizes))),
)

step('done: bench/RESULTS.md')
