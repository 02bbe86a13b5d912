// A throwaway PostgreSQL 17 with the app's migrations applied, reached by the app through the
// same Neon bridge it uses in development.
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { migrate } from "../../lib/migrate";
import { startNeonBridge } from "../../lib/neon-bridge";
import type { Cleanup } from "./cleanup";

/** Returns the database URL. */
export async function startDatabase(options: {
  stateDir: string;
  projectDir: string;
  pgPort: number;
  bridgePort: number;
  cleanup: Cleanup;
}): Promise<string> {
  const db = await startEmbeddedPostgres({
    dataDir: path.join(options.stateDir, "pg"),
    port: options.pgPort,
    database: "app",
    portVariable: "E2E_PG_PORT",
  });
  options.cleanup.add("PostgreSQL", () => db.stop());
  // The app only ever needs this one Postgres; anything else on loopback stays out of reach.
  const bridge = await startNeonBridge(options.bridgePort, { allowedPorts: [options.pgPort] });
  options.cleanup.add("Neon bridge", () => bridge.close());
  // lib/migrate configures the Neon driver from process.env, so it finds the bridge there.
  process.env.NEON_BRIDGE_PORT = String(options.bridgePort);
  await migrate(db.url, path.join(options.projectDir, "prisma", "migrations"));
  return db.url;
}
