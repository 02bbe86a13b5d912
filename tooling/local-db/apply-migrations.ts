// `prisma migrate deploy` where Prisma's schema engine can be had; the built-in runner
// (migrate.ts, same bookkeeping) where it cannot, e.g. offline or air-gapped machines.
import { spawnSync } from "node:child_process";
import { migrate } from "./migrate";

// What the CLI prints when it cannot download the engine (no network or no access to Prisma's host).
const ENGINE_UNAVAILABLE = /binaries\.prisma\.sh|getaddrinfo|EAI_AGAIN/;

export async function applyMigrations(connectionString: string, dir: string, log: (line: string) => void): Promise<void> {
  const prisma = spawnSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: connectionString, DATABASE_URL_UNPOOLED: connectionString, CHECKPOINT_DISABLE: "1" },
  });
  if (prisma.status === 0) {
    log("migrations applied with `prisma migrate deploy`");
    return;
  }
  const output = `${prisma.stdout}${prisma.stderr}`;
  if (!ENGINE_UNAVAILABLE.test(output)) throw new Error(`prisma migrate deploy failed:\n${output.trim()}`);

  const applied = await migrate(connectionString, dir);
  log(
    `Prisma's schema engine is not available (offline?): ${
      applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"
    } with the built-in runner`,
  );
}
