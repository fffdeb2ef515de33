import type { LakeDocument } from './types.ts'

/**
 * Listener `effects` in mendoza format, which the Studio's preview store
 * needs. The mendoza package can apply patches but has no differ, so the
 * server sends mendoza's whole-value patch `[0, value]` ("the result is
 * value"): valid mendoza, and exact, at the cost of sending whole documents.
 */
export type MendozaPatch = unknown[]

export function mendozaEffects(before: LakeDocument | null, after: LakeDocument | null): { apply: MendozaPatch; revert: MendozaPatch } {
  return { apply: [0, after], revert: [0, before] }
}
