// `npm run dev`: a working app from a fresh clone with no configuration.
// Without DATABASE_URL it starts an embedded PostgreSQL (data kept in .data/), the WebSocket bridge
// the Neon driver needs for a non-Neon host, applies the migrations, then runs `next dev`.
// Ctrl-C stops all of them. Extra arguments go to `next dev` (e.g. `npm run dev -- -p 4000`).
import { spawn } from "node:child_process";
import path from "node:path";
import { createRequire } from "node:module";
import nextEnv from "@next/env";
import { envProblems } from "../lib/env/checks";
import { writeAuthSecret } from "../tooling/dev/auth-secret-file";
import { devDatabaseSettings, startLocalDatabase, type LocalDatabase } from "../tooling/local-db/local-database";

const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.log(`▸ ${line}`);
let database: LocalDatabase | undefined;

function fail(problems: string[]): never {
  for (const problem of problems) console.error(`✖ ${problem}`);
  process.exit(1);
}

async function main() {
  nextEnv.loadEnvConfig(root, true);
  const env = process.env;

  if (!env.AUTH_SECRET) {
    env.AUTH_SECRET = writeAuthSecret(root);
    log("AUTH_SECRET was not set: generated one into .env.local");
  }

  const dev = devDatabaseSettings(root, env);
  const ownDatabaseUrl = env.DATABASE_URL;
  const problems = envProblems({ ...env, DATABASE_URL: ownDatabaseUrl ?? dev.url }, false);
  if (problems.length) fail(problems);

  database = await startLocalDatabase({
    postgres: ownDatabaseUrl ? { url: ownDatabaseUrl } : dev.postgres,
    bridge: { ...dev.bridge, targets: "database" },
    // Migrations want a direct connection: Neon's pooler (transaction mode) breaks session locks.
    migrate: { runner: "prisma-or-builtin", dir: path.join(root, "prisma", "migrations"), url: ownDatabaseUrl && (env.DATABASE_URL_UNPOOLED || ownDatabaseUrl) },
    log,
  });
  env.DATABASE_URL = database.url;
  if (!env.EMAIL_SERVER) log("EMAIL_SERVER is not set: sign-in links are printed here");

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const next = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], { stdio: "inherit", env });
  const shutdown = async (code: number) => {
    if (next.exitCode === null) next.kill("SIGTERM");
    await database?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (error: unknown) => {
  await database?.stop();
  fail([error instanceof Error ? error.message : String(error)]);
});
