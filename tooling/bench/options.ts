// `npm run bench -- [--rounds N] [--seconds S] [--connections C] [--rebuild] [--floor]`, bounded
// so that a run always ends by itself in minutes.
import { parseArgs } from "node:util";
import type { BenchSettings } from "./results";

export type BenchOptions = BenchSettings & { rebuild: boolean; floor: boolean };

const LIMITS = {
  rounds: { default: 3, min: 1, max: 10 },
  seconds: { default: 5, min: 1, max: 30 },
  connections: { default: 10, min: 1, max: 64 },
} as const;

const WARMUP_REQUESTS = 50;

export const USAGE = `npm run bench -- [options]
  --rounds N       alternating rounds of every variant (default ${LIMITS.rounds.default}, ${LIMITS.rounds.min}–${LIMITS.rounds.max})
  --seconds S      seconds of load per variant per round (default ${LIMITS.seconds.default}, ${LIMITS.seconds.min}–${LIMITS.seconds.max})
  --connections C  concurrent connections (default ${LIMITS.connections.default}, ${LIMITS.connections.min}–${LIMITS.connections.max})
  --rebuild        build the app even when its inputs did not change
  --floor          build the empty-middleware floor instead of using the recorded figure`;

/** The options, or an error naming the bad one and the range it must be in. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      rounds: { type: "string" },
      seconds: { type: "string" },
      connections: { type: "string" },
      rebuild: { type: "boolean", default: false },
      floor: { type: "boolean", default: false },
    },
  });
  const count = (name: keyof typeof LIMITS) => {
    const limit = LIMITS[name];
    const raw = values[name];
    if (raw === undefined) return limit.default;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < limit.min || n > limit.max) {
      throw new Error(`--${name} is "${raw}": use a whole number from ${limit.min} to ${limit.max} (default ${limit.default})`);
    }
    return n;
  };
  return {
    rounds: count("rounds"),
    seconds: count("seconds"),
    connections: count("connections"),
    warmupRequests: WARMUP_REQUESTS,
    rebuild: values.rebuild,
    floor: values.floor,
  };
}
