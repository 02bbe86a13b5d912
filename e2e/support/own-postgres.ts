// A PostgreSQL and a Neon bridge of a spec's own, which the spec may stop and start again: the
// suite's database is shared by every spec running in parallel and must keep running.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { freePorts, startLocalDatabase } from "../../tooling/harness/tools";
import type { Cleanup } from "../../tooling/harness/cleanup";
import { ports, runState } from "../../tooling/harness/run-env";

export type OwnPostgres = { url: string; bridgePort: number; stopPostgres(): Promise<void>; startPostgres(): Promise<void> };

export async function startOwnPostgres(cleanup: Cleanup): Promise<OwnPostgres> {
  const [pgPort = 0, bridgePort = 0] = await freePorts(2);
  const portSetting = "a free port (the spec picks another on its next run)";
  const suiteBridge = process.env.NEON_BRIDGE_PORT;
  try {
    const db = await startLocalDatabase({
      postgres: { dataDir: path.join(runState().stateDir, `own-pg-${randomUUID()}`), port: pgPort, database: "app", portSetting },
      bridge: { port: bridgePort, portSetting, targets: "database" },
      migrate: { runner: "builtin", dir: path.resolve("prisma/migrations") },
    });
    cleanup.add("the spec's PostgreSQL and Neon bridge", () => db.stop());
    if (!db.embedded) throw new Error("startLocalDatabase reused a running PostgreSQL instead of starting the spec's own");
    return { url: db.url, bridgePort, stopPostgres: db.embedded.stop, startPostgres: db.embedded.start };
  } finally {
    // The Neon driver's settings are global to this worker, and startLocalDatabase aimed them at the
    // new bridge: back at the suite's, which the worker's other specs use.
    if (suiteBridge === undefined) delete process.env.NEON_BRIDGE_PORT;
    else process.env.NEON_BRIDGE_PORT = suiteBridge;
    configureNeonDriver(runState().databaseUrl, { ...process.env, NEON_BRIDGE_PORT: String(ports().bridge) });
  }
}
