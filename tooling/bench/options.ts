// Command-line options of `npm run bench` and `npm run bench:profile`: whole numbers within
// bounds, so that a run always ends by itself in minutes, and on/off switches.
import { parseArgs } from "node:util";

type Count = { default: number; min: number; max: number; what: string };
type Switch = { what: string };

const BENCH = {
  counts: {
    rounds: { default: 3, min: 1, max: 10, what: "alternating rounds of every variant" },
    seconds: { default: 5, min: 1, max: 30, what: "seconds of load per variant per round" },
    connections: { default: 10, min: 1, max: 64, what: "concurrent connections" },
  },
  switches: {
    rebuild: { what: "build the app even when its inputs did not change" },
    floor: { what: "build the empty-middleware floor instead of using the recorded figure" },
  },
} as const;

const PROFILE = {
  counts: {
    seconds: { default: 10, min: 1, max: 60, what: "seconds of load in each profiled window" },
    connections: { default: 10, min: 1, max: 64, what: "concurrent connections" },
  },
  switches: { rebuild: BENCH.switches.rebuild },
} as const;

type Spec = { counts: Record<string, Count>; switches: Record<string, Switch> };
type Parsed<S extends Spec> = { [K in keyof S["counts"]]: number } & { [K in keyof S["switches"]]: boolean };

function usage(command: string, spec: Spec): string {
  const lines = [
    ...Object.entries(spec.counts).map(([name, c]) => `  --${name} N`.padEnd(18) + `${c.what} (default ${c.default}, ${c.min}–${c.max})`),
    ...Object.entries(spec.switches).map(([name, s]) => `  --${name}`.padEnd(18) + s.what),
  ];
  return [`npm run ${command} -- [options]`, ...lines].join("\n");
}

/** The options, or an error naming the bad one and the range it must be in. */
function parse<S extends Spec>(args: string[], spec: S): Parsed<S> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      ...Object.fromEntries(Object.keys(spec.counts).map((name) => [name, { type: "string" as const }])),
      ...Object.fromEntries(Object.keys(spec.switches).map((name) => [name, { type: "boolean" as const, default: false }])),
    },
  });
  const parsed: Record<string, number | boolean> = {};
  for (const [name, count] of Object.entries(spec.counts)) {
    const raw = values[name];
    const n = Number(raw ?? count.default);
    if (!Number.isInteger(n) || n < count.min || n > count.max) {
      throw new Error(`--${name} is "${String(raw)}": use a whole number from ${count.min} to ${count.max} (default ${count.default})`);
    }
    parsed[name] = n;
  }
  for (const name of Object.keys(spec.switches)) parsed[name] = values[name] === true;
  return parsed as Parsed<S>;
}

export type BenchOptions = Parsed<typeof BENCH> & { warmupRequests: number };
export type ProfileOptions = Parsed<typeof PROFILE>;

const WARMUP_REQUESTS = 50;

export const BENCH_USAGE = usage("bench", BENCH);
export const PROFILE_USAGE = usage("bench:profile", PROFILE);

export const parseBenchOptions = (args: string[]): BenchOptions => ({ ...parse(args, BENCH), warmupRequests: WARMUP_REQUESTS });
export const parseProfileOptions = (args: string[]): ProfileOptions => parse(args, PROFILE);
