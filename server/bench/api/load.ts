/**
 * One bounded load run: autocannon POSTs GraphQL requests over a fixed
 * number of connections for a fixed time, cycling through the given bodies
 * (one body: every request the same, as a cache-hit run wants). Latency percentiles are computed
 * from every response time (autocannon's own summary has no p95); a response
 * that is not HTTP 200 or carries GraphQL `errors` counts as failed.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Unmeasured run first, so the measured one sees warm JIT and caches. */
  warmupSeconds: number;
}

export interface LoadResult {
  requests: number;
  /** Completed requests per second over the measured run. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-200 responses, GraphQL errors, socket errors and timeouts. */
  failed: number;
  /**
   * CPU milliseconds each watched process (the API server, the database)
   * spent per completed request during the measured run: on a shared machine
   * this holds steadier than req/s, and 1000 / it is what one free core serves.
   */
  cpuMsPerRequest: number[];
}

/** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every mainstream kernel). */
const CLOCK_TICKS = 100;

/** User + system CPU milliseconds a process has used so far; NaN where /proc is not readable. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function run(url: string, bodies: readonly string[], connections: number, seconds: number, pids: readonly number[]): Promise<LoadResult> {
  if (bodies.length === 0) throw new Error('a load run needs at least one request body');
  let next = 0;
  const latencies: number[] = [];
  const cpuBefore = pids.map(cpuMs);
  let failed = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodies[0]!,
        // Each request takes the next body in turn, across all connections.
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length]! }),
        onResponse: (status, text) => {
          if (status !== 200 || text.startsWith('{"errors"') || text.includes('"errors":[')) failed++;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  const cpuAfter = pids.map(cpuMs);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failed: failed + result.errors + result.timeouts,
    cpuMsPerRequest: pids.map((_, i) => (cpuAfter[i]! - cpuBefore[i]!) / Math.max(1, latencies.length)),
  };
}

/** `pids`: processes whose CPU time per request is reported (the server, then the database). */
export async function measure(url: string, bodies: readonly string[], options: LoadOptions, pids: readonly number[] = []): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(url, bodies, options.connections, options.warmupSeconds, pids);
  return run(url, bodies, options.connections, options.seconds, pids);
}
