import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SCRIPT = path.join(process.cwd(), 'scripts', 'check-advisories.mjs')

/** Runs the gate's advisory check on a lockfile holding the given copies. */
function check(packages: Record<string, string>): { code: number; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'advisories-'))
  const lock = path.join(dir, 'package-lock.json')
  const entries = Object.fromEntries(Object.entries(packages).map(([location, version]) => [location, { version }]))
  writeFileSync(lock, JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...entries } }))
  try {
    return { code: 0, output: execFileSync(process.execPath, [SCRIPT, lock], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const failed = error as { status: number; stderr: string }
    return { code: failed.status, output: failed.stderr }
  }
}

describe('minimum safe versions check', () => {
  it('passes the installed lockfile', () => {
    const output = execFileSync(process.execPath, [SCRIPT], { encoding: 'utf8' })
    expect(output).toMatch(/next@16\.\d+\.\d+/)
  })

  it('fails a Next.js release older than the November 2026 security release, naming what it misses', () => {
    const result = check({ 'node_modules/next': '16.4.4', 'node_modules/react': '19.3.1' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('next@16.4.4 (node_modules/next) is below 16.4.5')
    expect(result.output).toContain('CVE-2025-29927')
  })

  it('checks nested copies against the minimum of their own major', () => {
    const result = check({
      'node_modules/react': '19.3.1',
      'node_modules/some-lib/node_modules/react': '19.2.8',
      'node_modules/other-lib/node_modules/react': '19.2.9',
    })
    expect(result.code).toBe(1)
    expect(result.output).toContain('react@19.2.8 (node_modules/some-lib/node_modules/react) is below 19.2.9')
    expect(result.output).not.toContain('other-lib')
  })

  it('fails a release line the table has never been reviewed for', () => {
    const result = check({ 'node_modules/react': '19.1.9' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('no minimum safe version for 19.1.x')
  })

  it('fails a major the table has never been reviewed for', () => {
    const result = check({ 'node_modules/sanity': '7.0.0' })
    expect(result.code).toBe(1)
    expect(result.output).toContain('no minimum safe version for 7.0.x')
  })

  it('treats a prerelease as older than its release', () => {
    expect(check({ 'node_modules/next': '16.4.5-canary.3' }).code).toBe(1)
    expect(check({ 'node_modules/next': '16.4.5' }).code).toBe(0)
  })
})
