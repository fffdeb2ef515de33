/**
 * The scale a recovery range is drawn on: from 0 to a round number of weeks a
 * little past the longest typical recovery, with a tick every `step` weeks, so
 * a 2-to-6-week recovery and a 6-to-18-month one both read at a glance.
 */
export interface RecoveryScale {
  maxWeeks: number
  step: number
  ticks: number[]
  /** Where the range starts and ends, as percentages of the scale's width. */
  from: number
  to: number
}

const STEPS = [1, 2, 4, 8, 12, 26, 52] as const

export function recoveryScale(minWeeks: number, maxWeeks: number): RecoveryScale {
  const longest = Math.max(1, minWeeks, maxWeeks)
  // About four to six ticks: the smallest step that keeps the scale within six of them.
  const step = STEPS.find((s) => Math.ceil((longest + 1) / s) <= 6) ?? 52
  const scaleMax = Math.ceil((longest + 1) / step) * step
  const ticks = Array.from({ length: scaleMax / step + 1 }, (_, i) => i * step)
  const pct = (weeks: number) => (Math.min(Math.max(weeks, 0), scaleMax) / scaleMax) * 100
  return { maxWeeks: scaleMax, step, ticks, from: pct(Math.min(minWeeks, maxWeeks)), to: pct(Math.max(minWeeks, maxWeeks)) }
}
