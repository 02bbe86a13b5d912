// What Neon's distance costs a sign-in: the magic-link request, its callback and a signed-in page,
// on servers whose database is reached through a bridge adding 0 and 25 ms to every round trip
// (NEON_BRIDGE_LATENCY_MS; 20–80 ms is usual from a function to its Neon region). For each step,
// its round trips (the statements PostgreSQL ran for it: each one is a message to the database
// and its answer) and the median time it took.
import { signInOverHttp, type SignInStep } from "../harness/http-sign-in";
import { median } from "./rounds";
import { sessionCookieOf } from "./session-costs";
import type { StatementCounter } from "./statement-counter";

export const LATENCIES_MS = [0, 25] as const;

export type LatencyStepName = SignInStep | "page";

/** At most this many round trips per step: the goal printed beside the figures. */
export const ROUND_TRIP_GOALS: Record<LatencyStepName, number> = { request: 4, callback: 4, page: 0 };

// Per server: a first sign-in and page view that warm it up (and make the user), then the timed ones.
const SIGN_INS = 7;
const PAGE_VIEWS = 15;

/** Median round trips (statements) and median milliseconds of one step at one latency. */
export type LatencyStep = { roundTrips: number; p50Ms: number };

export type LatencyRun = { latencyMs: number; steps: Record<LatencyStepName, LatencyStep> };

type Timed = { statements: number; ms: number };

const summary = (samples: Timed[]): LatencyStep => ({
  roundTrips: median(samples.map(({ statements }) => statements)),
  p50Ms: median(samples.map(({ ms }) => ms)),
});

/** Runs `work`, counting the statements the app's database ran meanwhile and timing it alone. */
async function timed<T>(counter: StatementCounter, work: () => Promise<T>): Promise<{ result: T; sample: Timed }> {
  let ms = 0;
  const { result, statements } = await counter.count(async () => {
    const start = performance.now();
    const value = await work();
    ms = performance.now() - start;
    return value;
  });
  return { result, sample: { statements: statements.total, ms } };
}

/**
 * The steps on one server (already started with the latency's bridge): sign-ins of one address,
 * then page views with the last session. `page` must answer 200 signed in.
 */
export async function measureAtLatency(options: {
  latencyMs: number;
  appUrl: string;
  email: string;
  mailDir: string;
  counter: StatementCounter;
  page: string;
}): Promise<LatencyRun> {
  const { appUrl, counter, page } = options;
  const samples: Record<LatencyStepName, Timed[]> = { request: [], callback: [], page: [] };
  let cookie = "";
  for (let i = 0; i <= SIGN_INS; i++) {
    const setCookies = await signInOverHttp({
      appUrl,
      email: options.email,
      mailDir: options.mailDir,
      step: async (name, run) => {
        const { result, sample } = await timed(counter, run);
        if (i > 0) samples[name].push(sample);
        return result;
      },
    });
    cookie = sessionCookieOf(setCookies);
  }
  for (let i = 0; i <= PAGE_VIEWS; i++) {
    const { sample } = await timed(counter, async () => {
      const response = await fetch(appUrl + page, { redirect: "manual", headers: { cookie } });
      const body = await response.text();
      if (response.status !== 200 || !body.includes(options.email)) {
        throw new Error(`${page} at ${options.latencyMs} ms answered ${response.status}${body.includes(options.email) ? "" : ", signed out"}; the benchmark expects 200, signed in`);
      }
    });
    if (i > 0) samples.page.push(sample);
  }
  return { latencyMs: options.latencyMs, steps: { request: summary(samples.request), callback: summary(samples.callback), page: summary(samples.page) } };
}
