// Two checkouts on one machine, as `npm run dev` and `npm run user:role` start or reach their
// embedded databases: each gets its own data, on whatever ports are free, and a script of one never
// reaches the other's database, not even through a port setting or a copied data folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { afterAll, describe, expect, it } from "vitest";
import { configureNeonDriver } from "../../lib/db/neon-driver";
import { NUMBER_SETTINGS } from "../../lib/env/settings";
import { devDatabaseSettings, startLocalDatabase, type LocalDatabase } from "./local-database";

const MIGRATIONS = path.resolve("prisma/migrations");
const parent = fs.mkdtempSync(path.join(os.tmpdir(), "two-checkouts-"));
fs.chmodSync(parent, 0o755); // PostgreSQL runs as another user when we are root.
const checkout = (name: string) => {
  const root = path.join(parent, name);
  fs.mkdirSync(root);
  return root;
};
const running: LocalDatabase[] = [];
afterAll(async () => {
  for (const db of running.splice(0).reverse()) await db.stop();
  fs.rmSync(parent, { recursive: true, force: true });
});

/** What `npm run dev` starts in `root` (its own database and bridge, migrated), and what it said. */
async function devOf(root: string, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const dev = devDatabaseSettings(root, env);
  const db = await startLocalDatabase({
    postgres: dev.postgres,
    bridge: { ...dev.bridge, targets: "database" },
    migrate: { runner: "builtin", dir: MIGRATIONS },
    log: (line) => lines.push(line),
  });
  running.push(db);
  return { db, lines };
}

/** What `npm run user:role` reaches from `root`: the database it would change. */
async function scriptOf(root: string, env: Record<string, string> = {}) {
  const lines: string[] = [];
  const db = await startLocalDatabase({
    postgres: devDatabaseSettings(root, env).postgres,
    bridge: { port: 0, portSetting: "NEON_BRIDGE_PORT", targets: "database" },
    migrate: { runner: "builtin", dir: MIGRATIONS },
    reuseRunning: true,
    log: (line) => lines.push(line),
  });
  running.push(db);
  return { db, lines };
}

async function query<T extends Record<string, unknown>>(db: LocalDatabase, sql: string, values: unknown[] = []): Promise<T[]> {
  configureNeonDriver(db.url, { ...process.env, NEON_BRIDGE_PORT: String(db.bridgePort) });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A copy as `cp -a` makes it: as root, PostgreSQL runs as the `postgres` user, which must own its data, and only it. */
function copyOwned(from: string, to: string) {
  fs.cpSync(from, to, { recursive: true });
  fs.chmodSync(to, 0o700);
  const { uid, gid } = fs.statSync(from);
  for (const entry of [to, ...fs.readdirSync(to, { recursive: true, encoding: "utf8" }).map((name) => path.join(to, name))]) fs.chownSync(entry, uid, gid);
}

const emails = async (db: LocalDatabase) => (await query<{ email: string }>(db, "SELECT email FROM users ORDER BY email")).map((row) => row.email);
const portOf = (url: string) => Number(new URL(url).port);

describe("two checkouts", { timeout: 180_000 }, () => {
  const first = checkout("first");
  const second = checkout("second");
  const copied = checkout("copied");

  it("run side by side on free ports, each script reaching its own checkout's data", async () => {
    const a = await devOf(first);
    const b = await devOf(second);
    // The second found the defaults taken (by the first, or anyone) and said which ports it took.
    const defaultPort = NUMBER_SETTINGS.EMBEDDED_PG_PORT.default;
    expect(b.lines.join("\n")).toMatch(new RegExp(`port ${defaultPort} is taken .*: the embedded PostgreSQL uses ${portOf(b.db.url)}`));
    expect(b.lines.join("\n")).toMatch(/the Neon bridge uses \d+/);
    expect(portOf(a.db.url)).not.toBe(portOf(b.db.url));

    await query(a.db, "INSERT INTO users (id, email, updated_at) VALUES ('a', 'only-in-first@example.test', now())");
    await query(b.db, "INSERT INTO users (id, email, updated_at) VALUES ('b', 'only-in-second@example.test', now())");

    // The scripts find the running databases by their data folders, not by the default port.
    const fromSecond = await scriptOf(second);
    expect(portOf(fromSecond.db.url)).toBe(portOf(b.db.url));
    expect(fromSecond.lines[0]).toMatch(/^using this checkout's PostgreSQL, already running/);
    await query(fromSecond.db, "UPDATE users SET role = 'admin'");
    const fromFirst = await scriptOf(first);
    expect(portOf(fromFirst.db.url)).toBe(portOf(a.db.url));

    expect(await emails(a.db)).toEqual(["only-in-first@example.test"]);
    expect(await emails(b.db)).toEqual(["only-in-second@example.test"]);
    expect(await query(a.db, "SELECT role FROM users")).toEqual([{ role: "user" }]);
    // A second `npm run dev` of a checkout whose database runs (left by a runner killed outright) names it.
    await expect(devOf(first)).rejects.toThrow(/^a PostgreSQL left running by a previous `npm run dev` \(pid \d+\) serves this checkout's data: stop it with `kill \d+`/);
  });

  it("refuses the other checkout's database on a port set by hand", async () => {
    const a = running[0]!;
    const refusal = scriptOf(copied, { EMBEDDED_PG_PORT: String(portOf(a.url)) });
    await expect(refusal).rejects.toThrow(
      new RegExp(`^port ${portOf(a.url)} is held by the PostgreSQL of another data folder \\(.*first/\\.data/postgres\\), so this one's cannot start there: .*EMBEDDED_PG_PORT`),
    );
    expect(await emails(a)).toEqual(["only-in-first@example.test"]);
  });

  it("refuses a data folder copied from a checkout whose database runs", async () => {
    const dataDir = path.join(copied, ".data/postgres");
    copyOwned(path.join(first, ".data/postgres"), dataDir);
    await expect(scriptOf(copied)).rejects.toThrow(/postmaster\.pid names a PostgreSQL \(pid \d+, port \d+\) that serves another folder \(.*first\/\.data\/postgres\), not this checkout's database: .* Delete .*postmaster\.pid and start again$/);
    // Once the copied file is gone, the copy is a database of its own: the first checkout's data, as it was.
    fs.rmSync(path.join(dataDir, "postmaster.pid"));
    const own = await scriptOf(copied);
    await query(own.db, "DELETE FROM users");
    expect(await emails(running[0]!)).toEqual(["only-in-first@example.test"]);
  });
});
