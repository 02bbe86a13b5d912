// Database access for one-off scripts (e.g. `npm run user:role`): uses DATABASE_URL when set;
// otherwise the embedded database of `npm run dev`, started just for the script when dev is not
// running. Starts the Neon bridge too when needed, and stops only what it started.
import path from "node:path";
import nextEnv from "@next/env";
import { isNeonHost } from "./database-host";
import { DEFAULT_EMBEDDED_PG_PORT, portIsFree, startEmbeddedPostgres } from "./embedded-postgres";
import { startNeonBridge } from "./neon-bridge";
import { DEFAULT_BRIDGE_PORT } from "./neon-driver";

export async function openScriptDatabase(root: string): Promise<{ url: string; close(): Promise<void> }> {
  nextEnv.loadEnvConfig(root, true);
  const env = process.env;
  const started: (() => Promise<void>)[] = [];
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT || DEFAULT_EMBEDDED_PG_PORT);
    if (await portIsFree(port)) {
      const db = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/postgres"), port, database: "app" });
      started.push(db.stop);
    }
    env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/app`;
  }
  if (!isNeonHost(env.DATABASE_URL)) {
    const port = Number(env.NEON_BRIDGE_PORT || DEFAULT_BRIDGE_PORT);
    // A busy port is taken to be the bridge of a running `npm run dev`.
    if (await portIsFree(port)) started.push((await startNeonBridge(port)).close);
    env.NEON_BRIDGE_PORT = String(port);
  }
  return {
    url: env.DATABASE_URL,
    close: async () => {
      for (const stop of started.reverse()) await stop();
    },
  };
}
