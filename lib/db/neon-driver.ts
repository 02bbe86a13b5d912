// Settings for the Neon serverless driver, shared by the app's Prisma client and the scripts.
// Against Neon the driver's defaults are right. Against any other Postgres (the embedded one in
// development and tests) it speaks to a local WebSocket→TCP bridge (tooling/local-db/neon-bridge.ts) instead.
import { neonConfig } from "@neondatabase/serverless";
import ws from "ws";
import { setting } from "../env/settings";
import { isNeonHost } from "./database-host";
import type { Env } from "../edge/env";

/** The local bridge's port: NEON_BRIDGE_PORT, or the default `npm run dev` uses. */
export const bridgePort = (env?: Env) => setting("NEON_BRIDGE_PORT", env);

export function configureNeonDriver(connectionString: string, env?: Env): void {
  // Node 20 has no global WebSocket; `ws` is also what Neon recommends on Node 22+.
  neonConfig.webSocketConstructor = ws;
  if (isNeonHost(connectionString)) return;

  const bridge = `127.0.0.1:${bridgePort(env)}`;
  neonConfig.wsProxy = (host, port) => `${bridge}/v2?address=${host}:${port}`;
  // The bridge is plain ws:// on loopback and Postgres speaks plain TCP behind it.
  neonConfig.useSecureWebSocket = false;
  neonConfig.pipelineTLS = false;
  // Pipelining the startup message breaks SCRAM authentication against a stock Postgres.
  neonConfig.pipelineConnect = false;
}
