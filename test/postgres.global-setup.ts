// One real PostgreSQL (embedded) and one Neon bridge for the whole unit-test run, on free ports
// in a temporary folder, stopped at the end. Tests make their own databases inside it.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { startNeonBridge } from "../lib/neon-bridge";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    neonBridgePort: number;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "starter-unit-"));
  fs.chmodSync(dir, 0o755); // PostgreSQL runs as another user when we are root.
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "unit" });
  // No allowedPorts: some tests point the driver at closed or silent ports on purpose.
  const bridge = await startNeonBridge(await freePort());
  project.provide("postgresAdminUrl", db.adminUrl);
  project.provide("neonBridgePort", bridge.port);
  return async () => {
    await bridge.close();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
