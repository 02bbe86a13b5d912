// A throwaway PostgreSQL 17 with the app's migrations applied, reached by the app through the
// same Neon bridge it uses in development.
import path from "node:path";
import { startLocalDatabase } from "../local-db/local-database";
import type { Cleanup } from "./cleanup";

/** Returns the database URL. */
export async function startDatabase(options: {
  stateDir: string;
  projectDir: string;
  pgPort: number;
  bridgePort: number;
  cleanup: Cleanup;
}): Promise<string> {
  const db = await startLocalDatabase({
    postgres: { dataDir: path.join(options.stateDir, "pg"), port: options.pgPort, database: "app", portSetting: "E2E_PG_PORT" },
    // The app only ever needs this one Postgres; anything else on loopback stays out of reach.
    bridge: { port: options.bridgePort, portSetting: "E2E_BRIDGE_PORT", targets: "database" },
    migrate: { runner: "builtin", dir: path.join(options.projectDir, "prisma", "migrations") },
  });
  options.cleanup.add("PostgreSQL and the Neon bridge", () => db.stop());
  return db.url;
}
