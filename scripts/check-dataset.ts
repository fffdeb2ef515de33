/**
 * The build's first step: checks the embedded dataset the site is about to be
 * built from and stops with one line per problem (document id, field path,
 * what to do) instead of a stack trace from static generation. A hosted
 * Content Lake is validated by the Studio as editors publish, so there is
 * nothing to read here.
 */
import { checkDatasetFile, formatProblem } from '../lib/content/dataset-check'
import { DEFAULT_DATASET_PATH } from '../lib/embedded-groq/embedded-store'
import { getEnv } from '../lib/env'

const { content } = getEnv()
if (content.kind === 'embedded') {
  const file = content.datasetPath ?? DEFAULT_DATASET_PATH
  const problems = await checkDatasetFile(file).catch((error: Error) => [
    { id: file, path: '', message: `cannot be read: ${error.message}` },
  ])
  if (problems.length > 0) {
    console.error(`The dataset ${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix them and build again:`)
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
    process.exit(1)
  }
  console.log(`dataset check: ${file} passed`)
}
