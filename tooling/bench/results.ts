// Everything one `npm run bench` measured, as written to bench/results.json.
import type { ColdStart, ProcessMemory } from "./app-server";
import type { PackageBytes } from "./edge-package-bytes";
import type { LatencyRun } from "./latency";
import type { Machine } from "./machine";
import type { MiddlewareFloor } from "./middleware-floor";
import type { Spread, VariantSummary } from "./rounds";
import type { SessionCosts } from "./session-costs";

export type BenchSettings = { rounds: number; seconds: number; connections: number; warmupRequests: number };

export type BenchResults = {
  date: string;
  machine: Machine;
  /** The one-minute load average before and after the load rounds: how busy the machine was. */
  loadAverage: { before: number; after: number };
  settings: BenchSettings;
  build: { reused: boolean; seconds: number };
  variants: (VariantSummary & { label: string; path: string; session: boolean })[];
  ratios: { id: string; label: string; numerator: string; denominator: string; target: number; note: string; value: Spread }[];
  /** Statement counts come from pg_stat_statements; `uncounted` says why when they could not be. */
  database: { uncounted?: string; sessions: SessionCosts };
  /** The sign-in's steps and a signed-in page with each latency added to every database round trip. */
  latency: LatencyRun[];
  middleware: {
    rawBytes: number;
    gzipBytes: number;
    files: number;
    packages: string[];
    /** Raw characters of the bundle by the package (or app file) they came from, largest first. */
    packageBytes: PackageBytes[];
    floor: MiddlewareFloor & { source: string };
    /** Above the floor: what auth adds. */
    authGzipBytes: number;
    targets: { totalGzipBytes: number; authGzipBytes: number };
  };
  coldStart: ColdStart;
  /** After the rounds: `next start` and the server process it runs. */
  serverMemory: ProcessMemory[];
};
