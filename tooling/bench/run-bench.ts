// `npm run bench`: one run, start to finish. An embedded PostgreSQL (with statement statistics)
// behind the Neon bridge, the e2e suite's SMTP sink, the production build (reused when its inputs
// did not change), then two `next start` servers one after the other: the first with its refresh
// intervals at their minimum, for the sign-in and refresh costs; the second started cold and timed,
// then loaded in alternating rounds. Everything listens on 127.0.0.1 and is stopped at the end,
// also on Ctrl-C.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Cleanup } from "../../e2e/harness/cleanup";
import { startApp, type RunningApp } from "../../e2e/harness/next-app";
import { startSmtpSink } from "../../e2e/harness/smtp-sink";
import { NUMBER_SETTINGS, type NumberSetting } from "../../lib/env/settings";
import { readEdgeBundle } from "../edge-check/edge-bundle";
import { startLocalDatabase } from "../local-db/local-database";
import { freePorts } from "../local-db/ports";
import { BENCH_DIST_DIR, ensureBuild } from "./app-build";
import { processGroupMemory, startCold } from "./app-server";
import { runLoad } from "./load";
import { describeMachine, loadAverage } from "./machine";
import { MIDDLEWARE_TARGETS, middlewareFloor } from "./middleware-floor";
import type { BenchOptions } from "./options";
import type { BenchResults } from "./results";
import { ratioSpread, schedule, summarizeVariant, type Sample } from "./rounds";
import { measureSessionCosts, sessionCookieOf, shortRefreshSettings } from "./session-costs";
import { openStatementCounter, STATEMENT_STATS_SETTINGS, statementStatsProblem, type StatementCounter } from "./statement-counter";
import { RATIOS, VARIANTS, type Variant } from "./variants";

/** Providers the bench's servers run with: email through the SMTP sink, and passkeys (always on). */
const PROVIDERS = ["nodemailer", "passkey"];

export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<BenchResults> {
  const projectDir = process.cwd();
  const benchDir = path.join(projectDir, "bench");
  const logDir = path.join(benchDir, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const cleanup = new Cleanup();
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the servers and the database…`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const stateDir = temporaryDir(cleanup);
    const [pgPort = 0, bridgePort = 0, smtpPort = 0, refreshPort = 0, loadPort = 0] = await freePorts(5);

    log("starting PostgreSQL, the Neon bridge and the SMTP sink…");
    const uncounted = statementStatsProblem();
    const db = await startLocalDatabase({
      postgres: {
        dataDir: path.join(stateDir, "pg"),
        port: pgPort,
        database: "app",
        portSetting: "the benchmark's PostgreSQL port (chosen free; run again)",
        settings: uncounted ? {} : STATEMENT_STATS_SETTINGS,
      },
      bridge: { port: bridgePort, portSetting: "the benchmark's bridge port (chosen free; run again)", targets: "database" },
      migrate: { runner: "builtin", dir: path.join(projectDir, "prisma", "migrations") },
    });
    cleanup.add("PostgreSQL and the Neon bridge", () => db.stop());
    const counter = uncounted ? uncountedStatements : await openStatementCounter(db.adminUrl ?? db.url, "app");
    cleanup.add("statement counter", () => counter.close());
    const mailDir = path.join(stateDir, "mail");
    await startSmtpSink({ port: smtpPort, mailDir, cleanup });

    const secret = randomBytes(32).toString("base64url");
    const appEnv = (port: number): NodeJS.ProcessEnv => ({
      ...inheritedEnv(),
      AUTH_SECRET: secret,
      AUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_TRUST_HOST: "1",
      DATABASE_URL: db.url,
      NEON_BRIDGE_PORT: String(db.bridgePort ?? bridgePort),
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: "Bench <no-reply@example.test>",
    });

    log(`building the app into ${BENCH_DIST_DIR} (reused when nothing changed)…`);
    const build = await ensureBuild({ projectDir, logDir, env: appEnv(loadPort), cleanup, force: options.rebuild });
    const bundle = readEdgeBundle(path.join(projectDir, BENCH_DIST_DIR));
    const floor = await middlewareFloor({ projectDir, cacheFile: path.join(benchDir, "middleware-floor.json"), logDir, cleanup, force: options.floor });

    log("signing in through the magic link, and letting the session go stale…");
    const email = `bench-${Date.now()}@example.test`;
    const short = shortRefreshSettings();
    const refreshUrl = `http://127.0.0.1:${refreshPort}`;
    const refreshServer = await startApp({
      projectDir,
      logDir: serverLogDir(logDir, "refresh-server"),
      env: { ...appEnv(refreshPort), ...short.env },
      distDir: BENCH_DIST_DIR,
      port: refreshPort,
      url: refreshUrl,
      cleanup,
      providers: PROVIDERS,
    });
    const sessions = await measureSessionCosts({ appUrl: refreshUrl, email, mailDir, counter, refreshSeconds: short.seconds, page: "/dashboard" });
    await refreshServer.stop();

    log("starting the app cold…");
    const url = `http://127.0.0.1:${loadPort}`;
    let cookie = sessions.cookie;
    const { server, coldStart } = await startCold({
      projectDir,
      logDir: serverLogDir(logDir, "load-server"),
      env: appEnv(loadPort),
      distDir: BENCH_DIST_DIR,
      port: loadPort,
      cleanup,
      url,
      cookie,
      authenticatedPath: "/dashboard",
      databasePath: "/api/health",
    });

    for (const variant of VARIANTS) await probe(url, variant, variant.session ? cookie : "", email, server);
    log(`warming up (${options.warmupRequests} requests per variant)…`);
    for (const variant of VARIANTS) {
      await runLoad({ url: url + variant.path, headers: headersFor(variant, cookie), connections: options.connections, requests: options.warmupRequests });
    }

    const loadBefore = loadAverage();
    const samples: Sample[] = [];
    const plan = schedule(VARIANTS, options.rounds);
    for (const [i, { round, variant }] of plan.entries()) {
      // As a browser tab would (app/_components/session-refresh.tsx): the cookie never gets old
      // enough during the rounds for a page view to hit the database for its refresh.
      if (i === 0 || plan[i - 1]?.round !== round) cookie = await refreshedCookie(url, cookie);
      log(`round ${round + 1}/${options.rounds}: ${variant.label}`);
      const { result, statements } = await counter.count(() =>
        runLoad({ url: url + variant.path, headers: headersFor(variant, cookie), connections: options.connections, seconds: options.seconds }),
      );
      samples.push({ variant: variant.id, round, ...result, statements: statements.total });
    }
    const loadAfter = loadAverage();
    const serverMemory = server.pid ? processGroupMemory(server.pid) : [];

    return {
      date: new Date().toISOString(),
      machine: describeMachine(projectDir),
      loadAverage: { before: loadBefore, after: loadAfter },
      settings: { rounds: options.rounds, seconds: options.seconds, connections: options.connections, warmupRequests: options.warmupRequests },
      build,
      variants: VARIANTS.map((variant) => ({
        ...summarizeVariant(variant.id, variant.status, samples),
        label: variant.label,
        path: variant.path,
        session: variant.session,
      })),
      ratios: RATIOS.map((ratio) => ({ ...ratio, value: ratioSpread(samples, ratio.numerator, ratio.denominator) })),
      database: { ...(uncounted ? { uncounted } : {}), sessions: sessions.costs },
      middleware: {
        rawBytes: bundle.rawBytes,
        gzipBytes: bundle.gzipBytes,
        files: bundle.files.length,
        packages: bundle.packages,
        floor,
        authGzipBytes: bundle.gzipBytes - floor.gzipBytes,
        targets: MIDDLEWARE_TARGETS,
      },
      coldStart,
      serverMemory,
    };
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await cleanup.run();
  }
}

/** Where PostgreSQL's data and the captured mail go, removed at the end (also on Ctrl-C). */
function temporaryDir(cleanup: Cleanup): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  // As root, PostgreSQL runs as the `postgres` user, which must reach its data dir inside.
  fs.chmodSync(dir, 0o755);
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once("exit", remove);
  cleanup.add("temporary dir", () => {
    process.off("exit", remove);
    remove();
  });
  return dir;
}

function serverLogDir(logDir: string, name: string): string {
  const dir = path.join(logDir, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** The caller's environment without anything that would change what the app runs with: the
 * bench sets its own auth, mail and database, and leaves every numeric setting at its default. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const rules: Record<string, NumberSetting> = NUMBER_SETTINGS;
  const settings = new Set(Object.entries(rules).flatMap(([name, rule]) => [name, ...(rule.aliases ?? [])]));
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(AUTH_|EMAIL_|DATABASE_URL)/.test(name) || settings.has(name)) delete env[name];
  return env;
}

const headersFor = (variant: Variant, cookie: string): Record<string, string> => (variant.session ? { cookie } : {});

/** One request of the variant, checked: the intended status, and signed in exactly when it should be. */
async function probe(url: string, variant: Variant, cookie: string, email: string, server: RunningApp): Promise<void> {
  const response = await fetch(url + variant.path, { redirect: "manual", headers: cookie ? { cookie } : {} });
  const body = await response.text();
  const signedIn = body.includes(email);
  if (response.status !== variant.status || signedIn !== variant.session) {
    const saw = `${response.status}${signedIn ? ", signed in" : ", signed out"}`;
    throw server.failure(`answered ${variant.label} with ${saw}; the benchmark expects ${variant.status}${variant.session ? ", signed in" : ""}`);
  }
}

/** The session cookie after asking /api/auth/session, as the app's pages do once per interval. */
async function refreshedCookie(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/session`, { headers: { cookie } });
  await response.arrayBuffer();
  return sessionCookieOf(response.headers.getSetCookie()) || cookie;
}

/** Where the embedded PostgreSQL has no pg_stat_statements: every count is unknown (NaN). */
const uncountedStatements: StatementCounter = {
  async count(work) {
    return { result: await work(), statements: { total: Number.NaN, byKind: {}, byQuery: [] } };
  },
  close: async () => {},
};
