// The one way development, the scripts and the tests get their database: the embedded PostgreSQL
// (or a Postgres already running on this machine, or Neon), the WebSocket bridge the Neon driver
// reaches a non-Neon host through, and the app's migrations. stop() stops what this call started,
// newest first; whatever it reused keeps running.
import path from "node:path";
import { isLoopbackHost, isNeonHost } from "../../lib/db/database-host";
import { setting } from "../../lib/env/settings";
import { applyMigrations } from "./apply-migrations";
import { databaseProblem } from "./database-check";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrate";
import { startNeonBridge } from "./neon-bridge";
import { portIsFree } from "./ports";
import type { Env } from "../../lib/edge/env";

/** The embedded PostgreSQL to start, and the setting that moves it when its port is taken. */
export type EmbeddedSettings = {
  dataDir: string;
  port: number;
  database: string;
  portSetting: string;
  /** Extra PostgreSQL settings (`-c name=value`). */
  settings?: Record<string, string>;
};

export type LocalDatabaseOptions = {
  /** Start the embedded PostgreSQL, or use a database that already runs (its URL). */
  postgres: EmbeddedSettings | { url: string };
  bridge: {
    port: number;
    portSetting: string;
    /** "database": forward to the database's port only; "any-loopback": unit tests aim at closed ports on purpose. */
    targets: "database" | "any-loopback";
  };
  /**
   * Apply prisma/migrations: "prisma-or-builtin" tries `prisma migrate deploy` and falls back to the
   * built-in runner where Prisma's engine cannot be downloaded; "builtin" always uses the runner.
   * `url`: a direct connection for migrations (Neon's pooler breaks session locks).
   */
  migrate: false | { runner: "prisma-or-builtin" | "builtin"; dir: string; url?: string };
  /** A database or bridge already listening on its port is taken to be a running `npm run dev`'s, and used. */
  reuseRunning?: boolean;
  /** Called when the embedded PostgreSQL this call started exits by itself, with the last line it logged. */
  onPostgresExit?: (lastLog: string | undefined) => void;
  log?: (line: string) => void;
};

export type LocalDatabase = {
  url: string;
  /** The embedded PostgreSQL's `postgres` database, where throwaway databases can be created. */
  adminUrl?: string;
  /** The bridge's port; undefined for Neon, which needs none. */
  bridgePort?: number;
  /**
   * The embedded PostgreSQL this call started, to stop and start again on the same data while the
   * bridge keeps listening (a spec that takes the database away under a running app); undefined when
   * it used a database that was already running.
   */
  embedded?: { stop(): Promise<void>; start(): Promise<void> };
  stop(): Promise<void>;
};

/** Where `npm run dev` and the one-off scripts keep the embedded database, and where the bridge listens. */
export function devDatabaseSettings(root: string, env: Env) {
  // An invalid value falls back to the default here; the env check reports it (lib/env/settings.ts).
  const port = setting("EMBEDDED_PG_PORT", env);
  const postgres: EmbeddedSettings = { dataDir: path.join(root, ".data/postgres"), port, database: "app", portSetting: "EMBEDDED_PG_PORT" };
  return {
    postgres,
    url: embeddedDatabaseUrl(port, postgres.database),
    bridge: { port: setting("NEON_BRIDGE_PORT", env), portSetting: "NEON_BRIDGE_PORT" },
  };
}

export async function startLocalDatabase(options: LocalDatabaseOptions): Promise<LocalDatabase> {
  const log = options.log ?? (() => {});
  const started: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of started.splice(0).reverse()) await step().catch(() => {});
  };
  try {
    let url: string;
    let adminUrl: string | undefined;
    let embedded: LocalDatabase["embedded"];
    if ("url" in options.postgres) {
      url = options.postgres.url;
    } else {
      const settings = options.postgres;
      url = embeddedDatabaseUrl(settings.port, settings.database);
      adminUrl = embeddedDatabaseUrl(settings.port, "postgres");
      if (options.reuseRunning && !(await portIsFree(settings.port))) {
        log(`using the embedded PostgreSQL already running on 127.0.0.1:${settings.port}`);
      } else {
        const start = () => startEmbeddedPostgres({ ...settings, onUnexpectedExit: options.onPostgresExit });
        let running: { stop(): Promise<void> } | undefined = await start();
        embedded = {
          async stop() {
            await running?.stop();
            running = undefined;
          },
          async start() {
            running ??= await start();
          },
        };
        started.push(embedded.stop);
        log(`embedded PostgreSQL 17 on 127.0.0.1:${settings.port} (data in ${path.relative(process.cwd(), settings.dataDir) || "."})`);
      }
    }

    const bridgePort = isNeonHost(url) ? undefined : await startBridge(url, options, started, log);
    // The Neon driver is configured from process.env (lib/db/neon-driver.ts), here and in the app.
    if (bridgePort !== undefined) process.env.NEON_BRIDGE_PORT = String(bridgePort);

    // One sentence naming the host when the database cannot be reached, before any driver stack trace.
    const target = (options.migrate && options.migrate.url) || url;
    const problem = await databaseProblem(target);
    if (problem) throw new Error(problem);
    if (options.migrate) {
      if (options.migrate.runner === "builtin") {
        const applied = await migrate(target, options.migrate.dir);
        log(applied.length ? `applied ${applied.join(", ")}` : "no pending migrations");
      } else {
        await applyMigrations(target, options.migrate.dir, log);
      }
    }
    return { url, adminUrl, bridgePort, embedded, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startBridge(url: string, options: LocalDatabaseOptions, started: (() => Promise<void>)[], log: (line: string) => void) {
  const { hostname, port } = new URL(url);
  if (!isLoopbackHost(hostname)) {
    throw new Error(
      `DATABASE_URL points at ${hostname}, which is neither Neon nor this machine: the Neon driver reaches other hosts only through the local bridge, which forwards to loopback only. Use a Neon URL, a local Postgres, or switch prisma.ts to @prisma/adapter-pg (see README, "Using another Postgres host")`,
    );
  }
  const { bridge } = options;
  if (!(await portIsFree(bridge.port))) {
    if (options.reuseRunning) return bridge.port;
    throw new Error(`port ${bridge.port} is already in use, so the Neon bridge cannot start: stop what listens there, or set ${bridge.portSetting} to a free port in .env.local`);
  }
  // Only the database's own port by default: nothing else on this machine is reachable through it.
  const allowedPorts = bridge.targets === "database" ? [Number(port || 5432)] : undefined;
  const running = await startNeonBridge(bridge.port, { allowedPorts });
  started.push(running.close);
  log(`Neon driver bridge on ws://127.0.0.1:${running.port} (forwards to loopback only)`);
  return running.port;
}
