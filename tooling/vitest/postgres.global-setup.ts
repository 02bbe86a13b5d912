// One real PostgreSQL (embedded) and one Neon bridge for the whole unit-test run, on free ports
// in a temporary folder, stopped at the end. Tests make their own databases inside it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalDatabase } from "../local-db/local-database";
import { freePorts } from "../local-db/ports";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    neonBridgePort: number;
  }
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "starter-unit-"));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root.
  const [pgPort = 0, bridgePort = 0] = await freePorts(2);
  const db = await startLocalDatabase({
    postgres: { dataDir: path.join(dir, "pg"), port: pgPort, database: "unit", portSetting: "the unit tests' port" },
    // Some tests point the driver at closed or silent ports on purpose.
    bridge: { port: bridgePort, portSetting: "the unit tests' bridge port", targets: "any-loopback" },
    migrate: false,
  });
  project.provide("postgresAdminUrl", db.adminUrl ?? db.url);
  project.provide("neonBridgePort", db.bridgePort ?? bridgePort);
  return async () => {
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
