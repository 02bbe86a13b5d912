// `npm run dev`: a working app from a fresh clone with no configuration.
// Without DATABASE_URL it starts this checkout's embedded PostgreSQL (data kept in .data/), the
// WebSocket bridge the Neon driver needs for a non-Neon host (each on its default port, or on a free
// one when another checkout holds it), applies the migrations, then runs `next dev`.
// Ctrl-C, SIGTERM or SIGHUP (to this process or to npm above it) stops all of them, and so does
// the embedded PostgreSQL stopping by itself: the app cannot work without it.
// Extra arguments go to `next dev` (e.g. `npm run dev -- -p 4000`); it listens on 127.0.0.1 unless
// they name a hostname (`npm run dev -- -H 0.0.0.0` to reach it from a phone on the same network).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { envProblems } from "../lib/env/checks";
import { writeAuthSecret } from "../tooling/dev/auth-secret-file";
import { nextDevArgs } from "../tooling/dev/next-dev-args";
import { whenParentsExit, type GoneProcess } from "../tooling/dev/parent-watch";
import { stopGroup } from "../tooling/dev/processes";
import { claimDevRunner } from "../tooling/dev/running-dev";
import { takeOverSignals } from "../tooling/local-db/embedded-postgres";
import { devDatabaseSettings, startLocalDatabase, type LocalDatabase } from "../tooling/local-db/local-database";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`▸ ${line}`);
const STOPPING = "stopping Next.js, the bridge and PostgreSQL";
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

/**
 * How the runner ends: with a signal it received (re-raised once everything is stopped) or an exit
 * code, and a line saying why: `note` for a stop someone asked for, `error` for one nobody did.
 */
type Ending = { note?: string; error?: string } & ({ signal: NodeJS.Signals } | { code: number });

/** Stops everything this runner started, once, whatever asked first. */
function shutdown(ending: Ending): Promise<void> {
  stopping ??= (async () => {
    if (ending.note) log(ending.note);
    if (ending.error) console.error(`✖ ${ending.error}`);
    if (next) await stopGroup(next, NEXT_STOP_MS);
    await (await database)?.stop();
    releaseRunner();
    if ("signal" in ending) {
      // Ended by the signal itself: npm then exits quietly with the same status instead of
      // reporting a failed script, and a shell sees the usual 128 + signal.
      process.removeAllListeners(ending.signal);
      process.kill(process.pid, ending.signal);
      return;
    }
    process.exit(ending.code);
  })();
  return stopping;
}

const onSignal = (signal: NodeJS.Signals, note?: string) => () => void shutdown({ signal, note });

function parentGone({ pid, command }: GoneProcess): string {
  // npm passes SIGTERM and SIGINT on to its script: an npm that ended first got a signal it does not.
  const who = /^npm\b/.test(command)
    ? `npm (pid ${pid}) ended on a signal it does not pass on (SIGHUP or SIGKILL)`
    : `${command || "the process"} (pid ${pid}) that started this runner has exited`;
  return `${who}: ${STOPPING}`;
}

const postgresStopped = (lastLog: string | undefined) =>
  `the embedded PostgreSQL stopped by itself${lastLog ? ` (it last said: ${lastLog})` : ""}: stopping Next.js and the bridge. Start them again with \`npm run dev\``;

async function main() {
  // From here on this runner decides what a signal does (see takeOverSignals).
  takeOverSignals();
  // Ctrl-C needs no words: the terminal shows ^C.
  process.on("SIGINT", onSignal("SIGINT"));
  process.on("SIGTERM", onSignal("SIGTERM", `SIGTERM received: ${STOPPING}`));
  process.on("SIGHUP", onSignal("SIGHUP", `SIGHUP received: ${STOPPING}`));
  whenParentsExit((gone) => void shutdown({ code: 143, note: parentGone(gone) }));

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
    onPostgresExit: (lastLog) => void shutdown({ code: 1, error: postgresStopped(lastLog) }),
  });
  // A failed start stops what it started and is reported by main's catch.
  database = starting.catch(() => undefined);
  env.DATABASE_URL = (await starting).url;
  if (!env.EMAIL_SERVER) log("EMAIL_SERVER is not set: sign-in links are printed here");

  if (stopping) return;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  next = spawn(process.execPath, [nextBin, "dev", ...nextDevArgs(process.argv.slice(2))], { stdio: "inherit", env, detached: OWN_GROUP });
  next.on("exit", (code) => void shutdown({ code: code ?? 0 }));
}

main().catch((error: unknown) => {
  fail([error instanceof Error ? error.message : String(error)]);
});
