// The one way development, the scripts and the tests get their database: the embedded PostgreSQL
// (or a Postgres already running on this machine, or Neon), the WebSocket bridge the Neon driver
// reaches a non-Neon host through, and the app's migrations. stop() stops what this call started,
// newest first; whatever it reused keeps running.
import path from "node:path";
import { isLoopbackHost, isNeonHost } from "../../lib/db/database-host";
import { setting } from "../../lib/env/settings";
import { applyMigrations } from "./apply-migrations";
import { databaseProblem } from "./database-check";
import { embeddedDatabaseUrl, runningServerOf, startEmbeddedPostgres } from "./embedded-postgres";
import { migrate } from "./migrate";
import { startNeonBridge } from "./neon-bridge";
import type { Env } from "../../lib/edge/env";
import { LOOPBACK, portOrFree } from "./ports";

/** A port to listen on, and the setting that moves it. */
type PortChoice = {
  port: number;
  portSetting: string;
  /** `port` is a default, not a port someone chose: when it is taken, a free one is used instead (and said). */
  orAnyFree?: boolean;
};

/** The embedded PostgreSQL to start, and the setting that moves it when its port is taken. */
export type EmbeddedSettings = PortChoice & {
  dataDir: string;
  database: string;
  /** Extra PostgreSQL settings (`-c name=value`). */
  settings?: Record<string, string>;
};

export type LocalDatabaseOptions = {
  /** Start the embedded PostgreSQL, or use a database that already runs (its URL). */
  postgres: EmbeddedSettings | { url: string };
  bridge: PortChoice & {
    /** "database": forward to the database's port only; "any-loopback": unit tests aim at closed ports on purpose. */
    targets: "database" | "any-loopback";
    /** Milliseconds added to each round trip (NEON_BRIDGE_LATENCY_MS); 0 when unset. */
    latencyMs?: number;
  };
  /**
   * Apply prisma/migrations: "prisma-or-builtin" tries `prisma migrate deploy` and falls back to the
   * built-in runner where Prisma's engine cannot be downloaded; "builtin" always uses the runner.
   * `url`: a direct connection for migrations (Neon's pooler breaks session locks).
   */
  migrate: false | { runner: "prisma-or-builtin" | "builtin"; dir: string; url?: string };
  /**
   * The server already running on `postgres.dataDir` (a running `npm run dev`'s) is used. Without
   * it, such a server is an error: one data folder, one server, stopped by whoever started it.
   */
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

const isSet = (env: Env, name: string) => env[name] !== undefined && env[name] !== "";

/**
 * Where `npm run dev` and the one-off scripts keep the checkout's embedded database, and where the
 * bridge listens. The database is the checkout's by its data folder (.data/postgres), whatever port
 * it runs on: the default ports move to free ones when another checkout holds them.
 */
export function devDatabaseSettings(root: string, env: Env) {
  // An invalid value falls back to the default here; the env check reports it (lib/env/settings.ts).
  const postgres: EmbeddedSettings = {
    dataDir: path.join(root, ".data/postgres"),
    port: setting("EMBEDDED_PG_PORT", env),
    portSetting: "EMBEDDED_PG_PORT",
    orAnyFree: !isSet(env, "EMBEDDED_PG_PORT"),
    database: "app",
  };
  return {
    postgres,
    url: embeddedDatabaseUrl(postgres.port, postgres.database),
    bridge: {
      port: setting("NEON_BRIDGE_PORT", env),
      portSetting: "NEON_BRIDGE_PORT",
      orAnyFree: !isSet(env, "NEON_BRIDGE_PORT"),
      latencyMs: setting("NEON_BRIDGE_LATENCY_MS", env),
    },
  };
}

/** The port someone chose (taken, it fails at start, naming what holds it), or the default when free, else any free port. */
async function listenPort({ port, portSetting, orAnyFree }: PortChoice, what: string, log: (line: string) => void): Promise<number> {
  if (!orAnyFree) return port;
  const free = await portOrFree(port);
  if (free !== port) log(`port ${port} is taken (another checkout's \`npm run dev\`?): ${what} uses ${free} (set ${portSetting} in .env.local to choose)`);
  return free;
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
      const own = await runningServerOf(settings.dataDir);
      if (own && !options.reuseRunning) {
        throw new Error(`a PostgreSQL left running by a previous \`npm run dev\` (pid ${own.pid}) serves this checkout's data: stop it with \`kill ${own.pid}\`, then start again`);
      }
      const port = own?.port ?? (await listenPort(settings, "the embedded PostgreSQL", log));
      url = embeddedDatabaseUrl(port, settings.database);
      adminUrl = embeddedDatabaseUrl(port, "postgres");
      if (own) {
        log(`using this checkout's PostgreSQL, already running on ${LOOPBACK}:${port} (pid ${own.pid})`);
      } else {
        const start = () => startEmbeddedPostgres({ ...settings, port, onUnexpectedExit: options.onPostgresExit });
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
        log(`embedded PostgreSQL 17 on ${LOOPBACK}:${port} (data in ${path.relative(process.cwd(), settings.dataDir) || "."})`);
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
  const listen = await listenPort(bridge, "the Neon bridge", log);
  // Only the database's own port by default: nothing else on this machine is reachable through it.
  const allowedPorts = bridge.targets === "database" ? [Number(port || 5432)] : undefined;
  const running = await startNeonBridge(listen, { allowedPorts, latencyMs: bridge.latencyMs }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EADDRINUSE") throw error;
    throw new Error(`port ${listen} is already in use, so the Neon bridge cannot start: stop what listens there, or set ${bridge.portSetting} to a free port in .env.local`);
  });
  started.push(running.close);
  const latency = bridge.latencyMs ? `, ${bridge.latencyMs} ms added to each round trip` : "";
  log(`Neon driver bridge on ws://${LOOPBACK}:${running.port} (forwards to loopback only${latency})`);
  return running.port;
}
