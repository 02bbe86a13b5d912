// A database of its own on the suite's PostgreSQL, with the app's migrations: for a spec that must
// count every row the app writes, while the other specs write to theirs in parallel.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { migrate } from "../../tooling/harness/tools";
import { ports, runState } from "../../tooling/harness/run-env";

async function onAdminDatabase(run: (client: Client) => Promise<unknown>): Promise<void> {
  const admin = new URL(runState().databaseUrl);
  admin.pathname = "/postgres";
  configureNeonDriver(admin.toString(), { ...process.env, NEON_BRIDGE_PORT: String(ports().bridge) });
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

export async function createOwnDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `own_${randomUUID().replaceAll("-", "")}`;
  await onAdminDatabase((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(runState().databaseUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString(), path.resolve("prisma/migrations"));
  return { url: url.toString(), drop: () => onAdminDatabase((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}
