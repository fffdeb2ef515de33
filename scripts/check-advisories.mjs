// Fails the gate when an installed package is older than its minimum safe
// version. The registry's audit endpoint does not answer on these machines, so
// the minimums are kept by hand in docs/security-advisories.md (the table
// between the "minimum-versions" markers), each row naming the advisories it
// answers. Every copy in package-lock.json is checked, nested ones included,
// against the minimum for its own release line: its major, or its major.minor
// where a row lists several minimums on one major (react 19.2.x and 19.3.x).
//   node scripts/check-advisories.mjs [package-lock.json] [docs/security-advisories.md]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const [LOCK_FILE = `${root}package-lock.json`, TABLE_FILE = `${root}docs/security-advisories.md`] = process.argv.slice(2)
const read = (file) => readFileSync(file, 'utf8')

/** Rows of the marked table: package -> release line ("19" or "19.2") -> minimum, with its advisories. */
function readMinimums(markdown) {
  const block = /<!-- minimum-versions:start -->([\s\S]*?)<!-- minimum-versions:end -->/.exec(markdown)?.[1]
  if (!block) throw new Error(`${TABLE_FILE} has no table between <!-- minimum-versions:start/end --> markers.`)
  const rows = block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|\s*(Package|-)/.test(line))
  const minimums = new Map()
  for (const row of rows) {
    const [name, versions, advisories] = row.split('|').slice(1, -1).map((cell) => cell.trim().replace(/`/g, ''))
    const listed = versions?.split(',').map((v) => v.trim()) ?? []
    if (!name || listed.length === 0 || !advisories) throw new Error(`${TABLE_FILE}: malformed row: ${row}`)
    const byLine = new Map()
    for (const version of listed) {
      if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`${TABLE_FILE}: "${version}" for ${name} is not x.y.z.`)
      const major = version.split('.')[0]
      const shared = listed.filter((other) => other.split('.')[0] === major).length > 1
      byLine.set(shared ? lineOf(version, 2) : major, version)
    }
    minimums.set(name, { byLine, advisories })
  }
  return minimums
}

const lineOf = (version, parts) => version.split(/[.-]/).slice(0, parts).join('.')

function compare(a, b) {
  const pa = a.split(/[.-]/).map(Number)
  const pb = b.split(/[.-]/).map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
  // A prerelease sorts before its release (19.3.0-canary < 19.3.0).
  return (b.includes('-') ? 1 : 0) - (a.includes('-') ? 1 : 0)
}

const minimums = readMinimums(read(TABLE_FILE))
const lock = JSON.parse(read(LOCK_FILE))
const problems = []
const checked = new Set()
for (const [location, entry] of Object.entries(lock.packages ?? {})) {
  const name = location.split('node_modules/').pop()
  const rule = minimums.get(name)
  if (!rule || !entry.version) continue
  const line = rule.byLine.has(lineOf(entry.version, 1)) ? lineOf(entry.version, 1) : lineOf(entry.version, 2)
  const minimum = rule.byLine.get(line)
  if (!minimum) {
    problems.push(`${name}@${entry.version} (${location}): no minimum safe version for ${line}.x in ${TABLE_FILE}.`)
  } else if (compare(entry.version, minimum) < 0) {
    problems.push(`${name}@${entry.version} (${location}) is below ${minimum}, which fixes ${rule.advisories}.`)
  } else {
    checked.add(`${name}@${entry.version}`)
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`advisories: at or above their minimum safe versions: ${[...checked].sort().join(', ')}`)
