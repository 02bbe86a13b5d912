// A new, empty database per test, reached through the Neon driver like the app reaches its own.
import { randomUUID } from "node:crypto";
import { Client } from "@neondatabase/serverless";
import { inject } from "vitest";
import { configureNeonDriver } from "../../lib/db/neon-driver";

export async function connect(url: string): Promise<Client> {
  process.env.NEON_BRIDGE_PORT = String(inject("neonBridgePort"));
  configureNeonDriver(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** `options`: what follows CREATE DATABASE's name, e.g. another encoding. */
export async function scratchDatabase(options = ""): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject("postgresAdminUrl");
  const name = `t_${randomUUID().replaceAll("-", "")}`;
  const admin = await connect(adminUrl);
  await admin.query(`CREATE DATABASE ${name} ${options}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = await connect(adminUrl);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
