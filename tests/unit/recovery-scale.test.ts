import { describe, expect, it } from 'vitest'
import { recoveryScale } from '@/lib/recovery-scale'

describe('recovery scale', () => {
  it('runs a little past the longest typical recovery, in round steps from 0', () => {
    const scale = recoveryScale(4, 8)
    expect(scale.maxWeeks).toBeGreaterThan(8)
    expect(scale.ticks[0]).toBe(0)
    expect(scale.ticks.at(-1)).toBe(scale.maxWeeks)
    expect(scale.ticks.length).toBeLessThanOrEqual(7)
    expect(scale.ticks.every((tick, i) => tick === i * scale.step)).toBe(true)
  })

  it('places the range where its weeks fall on the scale', () => {
    const scale = recoveryScale(4, 8)
    expect(scale.from).toBeCloseTo((4 / scale.maxWeeks) * 100)
    expect(scale.to).toBeCloseTo((8 / scale.maxWeeks) * 100)
  })

  it('keeps a long recovery readable and an odd range in order', () => {
    const long = recoveryScale(26, 104)
    expect(long.ticks.length).toBeLessThanOrEqual(7)
    expect(long.to).toBeLessThanOrEqual(100)
    const reversed = recoveryScale(8, 4)
    expect(reversed.from).toBeLessThan(reversed.to)
  })
})
