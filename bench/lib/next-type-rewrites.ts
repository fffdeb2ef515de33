import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'

/**
 * `next build` points tsconfig.json and next-env.d.ts at the build folder's
 * generated types. A benchmark build into bench/.work must not leave that in
 * files everyone shares, but must not undo anyone's edit made meanwhile
 * either: only entries naming bench/.work are taken out.
 */

const OURS = 'bench/.work'

type TsConfig = { include?: string[] }
const withoutOurs = (config: TsConfig): TsConfig => ({
  ...config,
  include: config.include?.filter((entry) => !entry.includes(OURS)),
})

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null)

export async function undoingNextTypeRewrites<T>(tsconfig: string, nextEnv: string, run: () => Promise<T>): Promise<T> {
  const tsBefore = readFileSync(tsconfig, 'utf8')
  const envBefore = read(nextEnv)
  try {
    return await run()
  } finally {
    const tsNow = readFileSync(tsconfig, 'utf8')
    if (tsNow !== tsBefore && tsNow.includes(OURS)) {
      const cleaned = withoutOurs(JSON.parse(tsNow) as TsConfig)
      const unchanged = isDeepStrictEqual(cleaned, withoutOurs(JSON.parse(tsBefore) as TsConfig))
      writeFileSync(tsconfig, unchanged ? tsBefore : JSON.stringify(cleaned, null, 2) + '\n')
    }
    const envNow = read(nextEnv)
    if (envNow?.includes(OURS) && !envBefore?.includes(OURS)) {
      if (envBefore === null) rmSync(nextEnv)
      else writeFileSync(nextEnv, envBefore)
    }
  }
}
