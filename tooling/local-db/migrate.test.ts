import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connect, scratchDatabase } from "../vitest/scratch-database";
import { MigrationError, migrate, readMigrations } from "./migrate";

const projectMigrations = path.resolve("prisma/migrations");
// Computed from the folder, so adding a migration (or another file beside them) needs no test edit.
const projectMigrationFiles = readMigrations(projectMigrations);
let db: Awaited<ReturnType<typeof scratchDatabase>>;

beforeEach(async () => {
  db = await scratchDatabase();
});
afterEach(async () => {
  await db.drop();
});

async function query<T>(sql: string): Promise<T[]> {
  const client = await connect(db.url);
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrate", () => {
  it("builds the Auth.js tables on a fresh database and records each migration as Prisma does", async () => {
    const applied = await migrate(db.url, projectMigrations);
    expect(applied).toEqual(projectMigrationFiles.map((m) => m.name));

    const tables = await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      "_prisma_migrations",
      "accounts",
      "authenticators",
      "security_events",
      "sessions",
      "sign_in_email_sends",
      "two_factor",
      "two_factor_failures",
      "two_factor_recovery_codes",
      "users",
      "verification_tokens",
    ]);

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      projectMigrationFiles.map((m) => ({
        migration_name: m.name,
        // Prisma's checksum: SHA-256 of the file's bytes, hashed here independently of readMigrations.
        checksum: createHash("sha256")
          .update(fs.readFileSync(path.join(projectMigrations, m.name, "migration.sql")))
          .digest("hex"),
        finished_at: expect.any(Date),
        applied_steps_count: 1,
      })),
    );
  });

  it("does nothing when run again", async () => {
    await migrate(db.url, projectMigrations);
    expect(await migrate(db.url, projectMigrations)).toEqual([]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(projectMigrationFiles.length);
  });

  it("applies only the migrations added since the last run", async () => {
    const dir = migrationsDir({ "1_a": "CREATE TABLE a (id int);" });
    expect(await migrate(db.url, dir)).toEqual(["1_a"]);
    fs.mkdirSync(path.join(dir, "2_b"));
    fs.writeFileSync(path.join(dir, "2_b", "migration.sql"), "CREATE TABLE b (id int);");
    expect(await migrate(db.url, dir)).toEqual(["2_b"]);
  });

  it("rolls a broken migration back whole, reports it by name and keeps the ones before it", async () => {
    const dir = migrationsDir({
      "1_good": "CREATE TABLE good (id int);",
      "2_broken": "CREATE TABLE half (id int);\nINSERT INTO missing_table VALUES (1);",
      "3_later": "CREATE TABLE later (id int);",
    });
    const error = await migrate(db.url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/migration 2_broken failed and was rolled back.*missing_table/);

    const tables = await query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "good"]);
    const names = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names).toEqual([{ migration_name: "1_good" }]);
  });

  it("refuses to go on past a migration that Prisma left unfinished, and says how to resolve it", async () => {
    const dir = migrationsDir({ "1_a": "CREATE TABLE a (id int);" });
    await migrate(db.url, dir);
    await query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '2_stuck')`,
    );
    await expect(migrate(db.url, dir)).rejects.toThrow(/2_stuck.*prisma migrate resolve --rolled-back 2_stuck/);
  });
});
