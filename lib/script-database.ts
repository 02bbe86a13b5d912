// Database access for one-off scripts (e.g. `npm run user:role`): uses DATABASE_URL when set;
// otherwise the embedded database of `npm run dev`, started just for the script when dev is not
// running. Starts the Neon bridge too when needed, and stops only what it started.
import nextEnv from "@next/env";
import { isNeonHost } from "./database-host";
import { devDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { startNeonBridge } from "./neon-bridge";
import { bridgePort } from "./neon-driver";
import { portIsFree } from "./ports";

export async function openScriptDatabase(root: string): Promise<{ url: string; close(): Promise<void> }> {
  nextEnv.loadEnvConfig(root, true);
  const env = process.env;
  const started: (() => Promise<void>)[] = [];
  if (!env.DATABASE_URL) {
    const dev = devDatabase(root, env);
    // A busy port is taken to be the database of a running `npm run dev`.
    if (await portIsFree(dev.port)) started.push((await startEmbeddedPostgres(dev)).stop);
    env.DATABASE_URL = dev.url;
  }
  if (!isNeonHost(env.DATABASE_URL)) {
    const port = bridgePort(env);
    // Likewise a busy bridge port.
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
