// `npm run dev`: a working app from a fresh clone with no configuration.
// Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/), the WebSocket bridge
// the Neon driver needs for a non-Neon host, applies the migrations, then runs `next dev`.
// Ctrl-C, SIGTERM or SIGHUP (to this process or to npm above it) stops all of them.
// Extra arguments go to `next dev` (e.g. `npm run dev -- -p 4000`).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { envProblems } from "../lib/env/checks";
import { writeAuthSecret } from "../tooling/dev/auth-secret-file";
import { whenParentsExit } from "../tooling/dev/parent-watch";
import { claimDevRunner } from "../tooling/dev/running-dev";
import { takeOverSignals } from "../tooling/local-db/embedded-postgres";
import { devDatabaseSettings, startLocalDatabase, type LocalDatabase } from "../tooling/local-db/local-database";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`▸ ${line}`);
// How long `next dev` gets to exit on SIGTERM before its process group is killed.
const NEXT_STOP_MS = 5_000;

// Set while or once the database starts: a signal during startup waits for it, then stops it.
let database: Promise<LocalDatabase | undefined> | undefined;
let next: ChildProcess | undefined;
let releaseRunner = () => {};
let stopping: Promise<void> | undefined;

function fail(problems: string[]): never {
  releaseRunner();
  for (const problem of problems) console.error(`✖ ${problem}`);
  process.exit(1);
}

// `next dev` runs its server in a child process of its own: it gets its own process group, so
// stopping signals the whole group and nothing of it outlives the runner. Windows has no process
// groups (and a detached child there opens a console window): there the child alone is signalled.
const OWN_GROUP = process.platform !== "win32";

function signalNext(signal: NodeJS.Signals): void {
  if (next?.pid === undefined) return;
  try {
    if (OWN_GROUP) process.kill(-next.pid, signal);
    else next.kill(signal);
  } catch {
    // Already gone.
  }
}

async function stopNext(): Promise<void> {
  const child = next;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalNext("SIGTERM");
  const timer = setTimeout(() => signalNext("SIGKILL"), NEXT_STOP_MS);
  await exited;
  clearTimeout(timer);
  // Workers `next dev` started may outlive it by a moment.
  signalNext("SIGKILL");
}

/** Stops everything this runner started, once, whatever asked first. */
function shutdown(code: number, reason?: string): Promise<void> {
  stopping ??= (async () => {
    if (reason) log(`${reason}: stopping Next.js, the bridge and PostgreSQL`);
    await stopNext();
    await (await database)?.stop();
    releaseRunner();
    process.exit(code);
  })();
  return stopping;
}

async function main() {
  // From here on this runner decides what a signal does (see takeOverSignals).
  takeOverSignals();
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143, "SIGTERM"));
  process.on("SIGHUP", () => void shutdown(129, "SIGHUP"));
  whenParentsExit(() => void shutdown(143, "npm (or the shell) that started this runner has exited"));

  nextEnv.loadEnvConfig(root, true);
  const env = process.env;
  releaseRunner = claimDevRunner(root);
  if (!env.AUTH_SECRET) {
    env.AUTH_SECRET = writeAuthSecret(root);
    log("AUTH_SECRET was not set: generated one into .env.local");
  }
  const dev = devDatabaseSettings(root, env);
  const ownDatabaseUrl = env.DATABASE_URL;
  const problems = envProblems({ ...env, DATABASE_URL: ownDatabaseUrl ?? dev.url }, false);
  if (problems.length) fail(problems);

  const starting = startLocalDatabase({
    postgres: ownDatabaseUrl ? { url: ownDatabaseUrl } : dev.postgres,
    bridge: { ...dev.bridge, targets: "database" },
    // Migrations want a direct connection: Neon's pooler (transaction mode) breaks session locks.
    migrate: { runner: "prisma-or-builtin", dir: path.join(root, "prisma", "migrations"), url: ownDatabaseUrl && (env.DATABASE_URL_UNPOOLED || ownDatabaseUrl) },
    log,
  });
  // A failed start stops what it started and is reported by main's catch.
  database = starting.catch(() => undefined);
  env.DATABASE_URL = (await starting).url;
  if (!env.EMAIL_SERVER) log("EMAIL_SERVER is not set: sign-in links are printed here");

  if (stopping) return;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  next = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], { stdio: "inherit", env, detached: OWN_GROUP });
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  fail([error instanceof Error ? error.message : String(error)]);
});
