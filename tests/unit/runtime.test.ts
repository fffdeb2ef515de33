import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as {
  engines: { node: string }
  optionalDependencies: Record<string, string>
}

describe('runtime', () => {
  it('runs the tests on the Node.js major that package.json engines requires', () => {
    const major = /^\^(\d+)\./.exec(pkg.engines.node)?.[1]
    expect(major).toBeDefined()
    expect(process.versions.node.split('.')[0]).toBe(major)
  })

  it('runs on the runtime package npm linked into node_modules/.bin on this platform', () => {
    const runtimePackage = `node-${process.platform}-${process.arch}`
    expect(pkg.optionalDependencies[runtimePackage]).toBe(process.versions.node)
    expect(process.execPath).toBe(path.join(process.cwd(), 'node_modules', runtimePackage, 'bin', 'node'))
  })
})
