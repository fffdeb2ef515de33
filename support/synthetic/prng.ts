/**
 * Seeded randomness for the synthetic dataset: the same N and seed always
 * produce the same bytes, so benchmark runs compare like with like.
 */

export type Random = () => number

/** mulberry32: tiny, fast and good enough for picking filler words. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() from an empty list')
  return item
}

/**
 * Zipf-distributed indexes into a pool: a few entities (say "Poor Posture")
 * appear in many articles and most in few, as in real editorial content. That
 * skew is what makes reverse-reference lookups (entity hub pages) uneven.
 */
export function createZipf(size: number, exponent = 1.1) {
  const cdf: number[] = []
  let total = 0
  for (let rank = 1; rank <= size; rank++) {
    total += 1 / rank ** exponent
    cdf.push(total)
  }
  const sample = (random: Random): number => {
    const target = random() * total
    let low = 0
    let high = cdf.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if ((cdf[mid] ?? 0) < target) low = mid + 1
      else high = mid
    }
    return low
  }
  /** `count` distinct indexes (fewer if the pool is smaller). */
  const distinct = (random: Random, count: number): number[] => {
    const chosen = new Set<number>()
    const wanted = Math.min(count, size)
    while (chosen.size < wanted) chosen.add(sample(random))
    return [...chosen]
  }
  return { sample, distinct }
}
