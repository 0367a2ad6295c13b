/** The part of autocannon's programmatic API the benchmark uses. */
declare module 'autocannon' {
  type Options = {
    body?: string
    connections: number
    duration: number
    headers?: Record<string, string>
    method?: string
    url: string
  }
  type Histogram = { average: number; p50: number; p99: number }
  type Result = { errors: number; latency: Histogram; non2xx: number; requests: Histogram; timeouts: number }
  export default function autocannon(options: Options): Promise<Result>
}
