// `npm run dev`: a working app from a fresh clone with no configuration.
// Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/), applies the
// migrations, starts the WebSocket bridge the Neon driver needs for a non-Neon host, then `next dev`.
// Ctrl-C stops all of them. Extra arguments go to `next dev` (e.g. `npm run dev -- -p 4000`).
import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { applyMigrations } from "../lib/apply-migrations";
import { writeAuthSecret } from "../lib/auth-secret-file";
import { databaseProblem } from "../lib/database-check";
import { isLoopbackHost, isNeonHost } from "../lib/database-host";
import { devDatabase, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { envProblems } from "../lib/env";
import { startNeonBridge } from "../lib/neon-bridge";
import { bridgePort } from "../lib/neon-driver";
import { portIsFree } from "../lib/ports";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`▸ ${line}`);
const stops: (() => Promise<void>)[] = [];

function fail(problems: string[]): never {
  for (const problem of problems) console.error(`✖ ${problem}`);
  process.exit(1);
}

async function stopAll() {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}

async function startDevDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  const dev = devDatabase(root, env);
  stops.push((await startEmbeddedPostgres(dev)).stop);
  log(`embedded PostgreSQL 17 on 127.0.0.1:${dev.port} (data in .data/postgres)`);
  return dev.url;
}

async function main() {
  nextEnv.loadEnvConfig(root, true);
  const env = process.env;

  if (!env.AUTH_SECRET) {
    env.AUTH_SECRET = writeAuthSecret(root);
    log("AUTH_SECRET was not set: generated one into .env.local");
  }

  const ownDatabaseUrl = env.DATABASE_URL;
  const problems = envProblems({ ...env, DATABASE_URL: ownDatabaseUrl ?? devDatabase(root, env).url }, false);
  if (problems.length) fail(problems);
  const databaseUrl = ownDatabaseUrl ?? (await startDevDatabase(env));
  env.DATABASE_URL = databaseUrl;

  const url = new URL(databaseUrl);
  if (!isNeonHost(databaseUrl)) {
    if (!isLoopbackHost(url.hostname)) {
      fail([
        `DATABASE_URL points at ${url.hostname}, which is neither Neon nor this machine: the Neon driver reaches other hosts only through the local bridge, which forwards to loopback only. Use a Neon URL, a local Postgres, or switch prisma.ts to @prisma/adapter-pg (see README, "Using another Postgres host")`,
      ]);
    }
    const port = bridgePort(env);
    if (!(await portIsFree(port))) {
      fail([`port ${port} is already in use, so the Neon bridge cannot start: stop what listens there, or set NEON_BRIDGE_PORT to a free port in .env.local`]);
    }
    // Only the database's own port: nothing else on this machine is reachable through it.
    const bridge = await startNeonBridge(port, { allowedPorts: [Number(url.port || 5432)] });
    stops.push(bridge.close);
    env.NEON_BRIDGE_PORT = String(port);
    log(`Neon driver bridge on ws://127.0.0.1:${port} (forwards to loopback only)`);
  }

  const unreachable = await databaseProblem(databaseUrl);
  if (unreachable) fail([unreachable]);
  // Migrations want a direct connection: Neon's pooler (transaction mode) breaks session locks.
  await applyMigrations(ownDatabaseUrl ? env.DATABASE_URL_UNPOOLED || ownDatabaseUrl : databaseUrl, log);
  if (!env.EMAIL_SERVER) log("EMAIL_SERVER is not set: sign-in links are printed here");

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const next = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], { stdio: "inherit", env });
  const shutdown = async (code: number) => {
    if (next.exitCode === null) next.kill("SIGTERM");
    await stopAll();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (error: unknown) => {
  await stopAll();
  fail([error instanceof Error ? error.message : String(error)]);
});
