// The few parts of autocannon's API the serving benchmark uses (it ships no types).
declare module 'autocannon' {
  interface Histogram {
    average: number
    p50: number
    p99: number
  }
  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    throughput: Histogram
    non2xx: number
    errors: number
    timeouts: number
    statusCodeStats: Record<string, { count: number }>
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    headers?: Record<string, string>
    /** Cycled through, one per request, on every connection. */
    requests?: { method?: string; path: string }[]
    timeout?: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
