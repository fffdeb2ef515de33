/**
 * Writes a synthetic dataset of N articles in Sanity's export format:
 *   npx tsx scripts/generate-dataset.ts <N> <out-file>
 * The gate builds the site on one to exercise paged region listings.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { writeSyntheticDataset } from '../support/synthetic/dataset'

const articles = Number(process.argv[2])
const file = process.argv[3]
if (!Number.isInteger(articles) || articles < 1 || !file) throw new Error('Usage: generate-dataset.ts <N> <out-file>')
const started = performance.now()
mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
writeSyntheticDataset(file, articles)
console.log(`wrote ${articles} articles to ${file} in ${Math.round(performance.now() - started)} ms`)
