// Prints the gate's closing line, "tests: N passed, N failed", from the JSON
// reports vitest and Playwright wrote, so CI reads one total for both runners.
import { readFileSync } from 'node:fs'

const read = (file) => JSON.parse(readFileSync(file, 'utf8'))

const unit = read('reports/vitest.json')
const e2e = read('reports/playwright.json').stats

const passed = unit.numPassedTests + e2e.expected + e2e.flaky
const failed = unit.numFailedTests + e2e.unexpected
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped

console.log(`runtime: Node ${process.version}`)
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`)
console.log(`e2e: ${e2e.expected + e2e.flaky} passed, ${e2e.unexpected} failed`)
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
