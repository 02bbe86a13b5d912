// One load run with autocannon: a fixed number of connections sending the same request for a
// bounded time (or a bounded count, for warm-ups), on loopback only.
import autocannon from "autocannon";

export type LoadRun = { url: string; headers: Record<string, string>; connections: number } & ({ seconds: number } | { requests: number });

export type LoadResult = { requests: number; seconds: number; p50Ms: number; p99Ms: number; statuses: Record<string, number>; errors: number };

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export async function runLoad(run: LoadRun): Promise<LoadResult> {
  const { hostname } = new URL(run.url);
  // A load test is aimed at this machine only, whatever a caller passes in.
  if (!LOOPBACK.has(hostname)) throw new Error(`refusing to load ${run.url}: the benchmark only sends load to loopback addresses`);
  const result = await autocannon({
    url: run.url,
    headers: run.headers,
    connections: run.connections,
    ...("seconds" in run ? { duration: run.seconds } : { amount: run.requests }),
    timeout: 30,
  });
  const statuses: Record<string, number> = {};
  for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors,
  };
}
