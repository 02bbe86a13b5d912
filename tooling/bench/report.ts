// The printed table: the same figures as bench/results.json, for a person (and for the README).
import { ROUND_TRIP_GOALS, type LatencyStepName } from "./latency";
import type { BenchResults } from "./results";
import type { StatementCount } from "./statement-counter";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`);
const num = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

export function statementsText(count: StatementCount): string {
  if (!Number.isFinite(count.total)) return "not counted";
  const kinds = Object.entries(count.byKind).map(([kind, n]) => `${n} ${kind}`);
  return count.total ? `${count.total} (${kinds.join(", ")})` : "0";
}

/** Pads columns so the table reads as a table in a terminal and as Markdown in the README. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function memoryText(processes: BenchResults["serverMemory"]): string {
  const total = processes.reduce((sum, { rssBytes }) => sum + rssBytes, 0);
  return `${mb(total)} (${processes.map(({ command, rssBytes }) => `${command} ${mb(rssBytes)}`).join(", ") || "not found"})`;
}

const verdict = (held: boolean) => (held ? "held" : "not yet");

const LATENCY_STEPS: [LatencyStepName, string][] = [
  ["request", "magic-link request (the CSRF GET and the sign-in POST)"],
  ["callback", "magic-link callback (the emailed link)"],
  ["page", "signed-in page (/dashboard)"],
];

/** Round trips per step (the same at every latency, or each shown) beside their goal, and the p50 at each latency. */
function latencyTable(runs: BenchResults["latency"]): string[] {
  return table(
    ["step, with NEON_BRIDGE_LATENCY_MS added to each round trip", "round trips (statements)", "goal", "held?", ...runs.map((run) => `p50 at ${run.latencyMs} ms`)],
    LATENCY_STEPS.map(([step, label]) => {
      const trips = runs.map((run) => run.steps[step].roundTrips);
      const goal = ROUND_TRIP_GOALS[step];
      const counted = trips.length > 0 && trips.every(Number.isFinite);
      return [
        label,
        counted ? [...new Set(trips.map((n) => num(n, Number.isInteger(n) ? 0 : 1)))].join(" / ") : "not counted",
        goal ? `≤ ${goal}` : "0",
        counted ? verdict(Math.max(...trips) <= goal) : "—",
        ...runs.map((run) => ms(run.steps[step].p50Ms)),
      ];
    }),
  );
}

export function formatReport(results: BenchResults): string {
  const { machine, settings, middleware, coldStart, database } = results;
  const out: string[] = [];
  out.push(
    `${results.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ${machine.os} · Node ${machine.node} · Next ${machine.next} · next-auth ${machine.nextAuth}`,
    `${settings.rounds} alternating rounds × ${settings.seconds} s per variant, ${settings.connections} connections (autocannon), after ${settings.warmupRequests} warm-up requests each · load average ${results.loadAverage.before.toFixed(1)} before, ${results.loadAverage.after.toFixed(1)} after · build ${results.build.reused ? "reused" : `made in ${results.build.seconds.toFixed(0)} s`}`,
    "",
  );

  out.push(
    ...table(
      ["request", "req/s median (min–max)", "p50", "p99", "db statements/request", "other statuses"],
      results.variants.map((v) => [
        v.label,
        `${num(v.reqPerSec.median, 1)} (${num(v.reqPerSec.min, 1)}–${num(v.reqPerSec.max, 1)})`,
        ms(v.p50Ms),
        ms(v.p99Ms),
        v.statementsPerRequest === undefined ? "not counted" : num(v.statementsPerRequest, 2),
        Object.entries(v.unexpected).map(([status, n]) => `${n}× ${status}`).join(", ") || "none",
      ]),
    ),
    "",
  );

  out.push(
    ...table(
      ["ratio", "median (min–max) of the rounds", "goal", "held?", "baseline"],
      results.ratios.map((r) => [
        `${r.label}: ${r.numerator} ÷ ${r.denominator}`,
        `${num(r.value.median, 2)} (${num(r.value.min, 2)}–${num(r.value.max, 2)})`,
        `≥ ${r.target}`,
        verdict(r.value.median >= r.target),
        r.note,
      ]),
    ),
    "",
  );

  const sessions = database.sessions;
  const signIn = (cost: typeof sessions.signInNewUser) => `request ${statementsText(cost.request)}; callback ${statementsText(cost.callback)}`;
  out.push(
    ...table(
      ["database statements (PostgreSQL's pg_stat_statements)", "count"],
      [
        ["magic-link sign-in, new user", signIn(sessions.signInNewUser)],
        ["magic-link sign-in, returning user", signIn(sessions.signInReturningUser)],
        [`session check (a page view with a token past SESSION_REFRESH_SECONDS=${sessions.refreshSeconds}, through /api/session/refresh)`, statementsText(sessions.sessionRefresh)],
      ],
    ),
  );
  if (database.uncounted) out.push(`statements not counted: ${database.uncounted}`);
  const traced: [string, StatementCount][] = [
    ["sign-in request, new user", sessions.signInNewUser.request],
    ["sign-in callback, new user", sessions.signInNewUser.callback],
    ["sign-in callback, returning user", sessions.signInReturningUser.callback],
    ["session refresh", sessions.sessionRefresh],
  ];
  for (const [label, count] of traced) {
    for (const { query, calls } of count.byQuery) out.push(`  ${label}: ${calls}× ${query.length > 110 ? `${query.slice(0, 109)}…` : query}`);
  }
  out.push("");

  out.push(...latencyTable(results.latency), "");

  const { floor, targets } = middleware;
  out.push(
    ...table(
      ["edge middleware", "figure", "goal", "held?"],
      [
        [`bundle (${middleware.files} files)`, `${kb(middleware.rawBytes)} raw, ${kb(middleware.gzipBytes)} gzip`, `≤ ${kb(targets.totalGzipBytes)} gzip`, verdict(middleware.gzipBytes <= targets.totalGzipBytes)],
        [`empty-middleware floor (Next ${floor.next}, ${floor.source})`, `${kb(floor.rawBytes)} raw, ${kb(floor.gzipBytes)} gzip, ${floor.modules} modules`, "", ""],
        ["auth's share above the floor", `${kb(middleware.authGzipBytes)} gzip`, `≤ ${kb(targets.authGzipBytes)} gzip`, verdict(middleware.authGzipBytes <= targets.authGzipBytes)],
      ],
    ),
    `the middleware by package (raw): ${middleware.packageBytes.map(({ owner, bytes }) => `${owner} ${kb(bytes)}`).join(", ") || "none"}`,
    "",
  );

  out.push(
    ...table(
      ["cold start (fresh `next start`)", "time"],
      [
        ["spawn → port accepts connections", ms(coldStart.listeningMs)],
        [`spawn → first authenticated 200 (/dashboard, ${coldStart.firstPageChecked ? "through its session check: the first query" : "no session check due"})`, ms(coldStart.firstAuthenticated200Ms)],
        ["that first /dashboard request / warm median", `${ms(coldStart.firstAuthenticatedRequestMs)} / ${ms(coldStart.warmAuthenticatedRequestMs)}`],
        ["then the first request of a route with no database (/api/health/live) / warm median", `${ms(coldStart.firstPlainRequestMs)} / ${ms(coldStart.warmPlainRequestMs)}`],
        ["then the first database query through the Neon driver (/api/health) / warm median", `${ms(coldStart.firstDatabaseRequestMs)} / ${ms(coldStart.warmDatabaseRequestMs)}`],
        ["server RSS after the run", memoryText(results.serverMemory)],
      ],
    ),
  );
  return out.join("\n");
}
