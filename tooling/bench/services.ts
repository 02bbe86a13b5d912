// What every benchmark run stands on: an embedded PostgreSQL (with statement statistics where the
// platform's build has them) behind the Neon bridge, the e2e suite's SMTP sink, the production
// build, and the environment the app's servers get. Everything is registered with `cleanup`, which
// also runs on Ctrl-C; data and mail live in a temporary folder removed at the end.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Cleanup } from "../harness/cleanup";
import { startApp, type RunningApp } from "../harness/next-app";
import { startSmtpSink } from "../harness/smtp-sink";
import { NUMBER_SETTINGS, type NumberSetting } from "../../lib/env/settings";
import { startLocalDatabase } from "../local-db/local-database";
import { startNeonBridge } from "../local-db/neon-bridge";
import { freePort } from "../harness/run-env";
import { freePorts } from "../local-db/ports";
import { BENCH_DIST_DIR, ensureBuild } from "./app-build";
import { openStatementCounter, STATEMENT_STATS_SETTINGS, statementStatsProblem, type StatementCounter } from "./statement-counter";

/** Providers the bench's servers run with: email through the SMTP sink, and passkeys (always on). */
const PROVIDERS = ["nodemailer", "passkey"];

export type BenchServices = {
  projectDir: string;
  /** bench/: results, logs, caches (git-ignored). */
  benchDir: string;
  logDir: string;
  mailDir: string;
  counter: StatementCounter;
  /** Why statements are not counted on this machine; undefined when they are. */
  uncounted: string | undefined;
  build: { reused: boolean; seconds: number };
  cleanup: Cleanup;
  /** Starts the built app on a free port, ready once Auth.js answers; `name` names its log folder. */
  startServer(name: string, extraEnv?: Record<string, string>): Promise<{ server: RunningApp; url: string; port: number }>;
  /** The port of a bridge to the same database adding `latencyMs` to every round trip (the plain one for 0). */
  latencyBridge(latencyMs: number): Promise<number>;
  /** The environment of a server on `port`, for callers that start it themselves… */
  appEnv(port: number): NodeJS.ProcessEnv;
  /** …and the folder for its log. */
  serverLogDir(name: string): string;
};

/** Runs `work` with the services up, and stops them afterwards, also when it fails or on Ctrl-C. */
export async function withBenchServices<T>(options: { rebuild: boolean }, log: (line: string) => void, work: (services: BenchServices) => Promise<T>): Promise<T> {
  const cleanup = new Cleanup();
  const interrupted = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the servers and the database…`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    return await work(await startServices(options, cleanup, log));
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await cleanup.run();
  }
}

async function startServices(options: { rebuild: boolean }, cleanup: Cleanup, log: (line: string) => void): Promise<BenchServices> {
  const projectDir = process.cwd();
  const benchDir = path.join(projectDir, "bench");
  const logDir = path.join(benchDir, "logs");
  fs.mkdirSync(logDir, { recursive: true });
  const stateDir = temporaryDir(cleanup);

  log("starting PostgreSQL, the Neon bridge and the SMTP sink…");
  const uncounted = statementStatsProblem();
  // Found together, so that no two of them can be the same port.
  const [pgPort, bridgePort, smtpPort] = (await freePorts(3)) as [number, number, number];
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
    NEON_BRIDGE_PORT: String(db.bridgePort),
    EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
    // No proxy in front of these servers: every visitor counts as one client (README, "Who a client is").
    CLIENT_IP_HEADER: "none",
    EMAIL_FROM: "Bench <no-reply@example.test>",
  });

  log(`building the app into ${BENCH_DIST_DIR} (reused when nothing changed)…`);
  const build = await ensureBuild({ projectDir, logDir, env: appEnv(0), cleanup, force: options.rebuild });
  log(build.reused ? "build reused: its inputs did not change" : `built in ${build.seconds.toFixed(0)} s`);

  const serverLogDir = (name: string) => {
    const dir = path.join(logDir, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  const startServer = async (name: string, extraEnv: Record<string, string> = {}) => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = await startApp({
      projectDir,
      logDir: serverLogDir(name),
      env: { ...appEnv(port), ...extraEnv },
      distDir: BENCH_DIST_DIR,
      port,
      url,
      cleanup,
      providers: PROVIDERS,
    });
    return { server, url, port };
  };
  const latencyBridge = async (latencyMs: number) => {
    if (latencyMs === 0) return bridgePort;
    const bridge = await startNeonBridge(0, { allowedPorts: [pgPort], latencyMs });
    cleanup.add(`the Neon bridge adding ${latencyMs} ms`, bridge.close);
    return bridge.port;
  };
  return { projectDir, benchDir, logDir, mailDir, counter, uncounted, build, cleanup, startServer, latencyBridge, appEnv, serverLogDir };
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

/** The caller's environment without anything that would change what the app runs with: the
 * bench sets its own auth, mail and database, and leaves every numeric setting at its default. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const rules: Record<string, NumberSetting> = NUMBER_SETTINGS;
  const settings = new Set(Object.entries(rules).flatMap(([name, rule]) => [name, ...(rule.aliases ?? [])]));
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(AUTH_|EMAIL_|DATABASE_URL)/.test(name) || settings.has(name)) delete env[name];
  return env;
}

/** Where the embedded PostgreSQL has no pg_stat_statements: every count is unknown (NaN). */
const uncountedStatements: StatementCounter = {
  async count(work) {
    return { result: await work(), statements: { total: Number.NaN, byKind: {}, byQuery: [] } };
  },
  close: async () => {},
};
