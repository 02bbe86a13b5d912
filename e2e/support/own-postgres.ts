// A PostgreSQL and a Neon bridge of a spec's own, which the spec may stop and start again: the
// suite's database is shared by every spec running in parallel and must keep running.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { startEmbeddedPostgres } from "../../tooling/local-db/embedded-postgres";
import { migrate } from "../../tooling/local-db/migrate";
import { startNeonBridge } from "../../tooling/local-db/neon-bridge";
import { freePorts } from "../../tooling/local-db/ports";
import type { Cleanup } from "../harness/cleanup";
import { ports, runState } from "../harness/run-env";

export type OwnPostgres = { url: string; bridgePort: number; stopPostgres(): Promise<void>; startPostgres(): Promise<void> };

export async function startOwnPostgres(cleanup: Cleanup): Promise<OwnPostgres> {
  const [pgPort = 0, bridgePort = 0] = await freePorts(2);
  const settings = { dataDir: path.join(runState().stateDir, `own-pg-${randomUUID()}`), port: pgPort, database: "app", portSetting: "a free port" };
  let running: { stop(): Promise<void> } | undefined = await startEmbeddedPostgres(settings);
  const stopPostgres = async () => {
    await running?.stop();
    running = undefined;
  };
  cleanup.add("the spec's PostgreSQL", stopPostgres);
  const bridge = await startNeonBridge(bridgePort, { allowedPorts: [pgPort] });
  cleanup.add("the spec's Neon bridge", () => bridge.close());

  const url = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/app`;
  // The Neon driver's settings are global to this worker: aimed at this bridge for the migrations
  // only, then back at the suite's, which the worker's other specs use.
  const suiteBridge = process.env.NEON_BRIDGE_PORT;
  process.env.NEON_BRIDGE_PORT = String(bridgePort);
  try {
    await migrate(url, path.resolve("prisma/migrations"));
  } finally {
    if (suiteBridge === undefined) delete process.env.NEON_BRIDGE_PORT;
    else process.env.NEON_BRIDGE_PORT = suiteBridge;
    configureNeonDriver(runState().databaseUrl, { ...process.env, NEON_BRIDGE_PORT: String(ports().bridge) });
  }
  return {
    url,
    bridgePort,
    stopPostgres,
    async startPostgres() {
      running ??= await startEmbeddedPostgres(settings);
    },
  };
}
