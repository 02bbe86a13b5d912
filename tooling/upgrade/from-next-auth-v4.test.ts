// prisma/upgrade/from-next-auth-v4.sql against a real PostgreSQL: hundreds of legacy rows in, every
// one of them checked out, the schema compared with what prisma/migrations build, the later
// migrations applied on top, Auth.js's adapter finding the upgraded users, and every refusal
// leaving the database exactly as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { PrismaNeon } from "@prisma/adapter-neon";
import type { Client } from "@neondatabase/serverless";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaClient } from "../../generated/prisma/client";
import { authAdapter } from "../../lib/auth/adapter";
import { migrate, readMigrations } from "../local-db/migrate";
import { schemaCatalog } from "../vitest/schema-catalog";
import { connect, scratchDatabase } from "../vitest/scratch-database";
import { seedLegacyDatabase } from "./next-auth-v4-database";

const UPGRADE_SQL = fs.readFileSync(path.resolve("prisma/upgrade/from-next-auth-v4.sql"), "utf8");
const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const [FIRST_MIGRATION, ...LATER_MIGRATIONS] = readMigrations(MIGRATIONS_DIR);

let db: Awaited<ReturnType<typeof scratchDatabase>>;
let client: Client;

beforeEach(async () => {
  db = await scratchDatabase();
  client = await connect(db.url);
});
afterEach(async () => {
  await client.end();
  await db.drop();
});

/** Runs the script as psql would with ON_ERROR_STOP: on an error, the transaction it opened is rolled back. */
async function upgrade(target: Client = client): Promise<void> {
  try {
    await target.query(UPGRADE_SQL);
  } catch (error) {
    await target.query("ROLLBACK");
    throw error;
  }
}

// Timestamps compared as the UTC text the columns hold, whatever the machine's zone.
const utc = (date: Date | null) => date && date.toISOString().replace("T", " ").replace("Z", "");
const text = (column: string) => `to_char(${column}, 'YYYY-MM-DD HH24:MI:SS.MS')`;

/** Every row the upgrade may touch, for "nothing changed" comparisons. */
async function everything(): Promise<unknown[]> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const dump: unknown[] = [await schemaCatalog(client)];
  for (const { name } of tables.rows) {
    dump.push(name, (await client.query(`SELECT * FROM "${name}" ORDER BY 1, 2`)).rows);
  }
  return dump;
}

describe("from-next-auth-v4.sql", () => {
  it("keeps every user and account, builds the first migration's schema, and takes the later migrations", async () => {
    const seeded = await seedLegacyDatabase(client, 300);
    expect(seeded.accounts.length).toBeGreaterThan(300);

    await upgrade();

    const users = await client.query(
      `SELECT id, name, email, ${text("email_verified")} AS email_verified, image, role,
              ${text("created_at")} AS created_at, ${text("updated_at")} AS updated_at FROM users ORDER BY id::int`,
    );
    expect(users.rows).toEqual(
      seeded.users.map((user) => ({
        id: String(user.id),
        name: user.name,
        email: user.email.toLowerCase(),
        email_verified: utc(user.email_verified),
        image: user.image,
        role: "user",
        created_at: utc(user.created_at),
        updated_at: utc(user.updated_at),
      })),
    );
    const accounts = await client.query(
      `SELECT user_id, type, provider, provider_account_id, refresh_token, access_token, expires_at, token_type, scope,
              id_token, session_state, ${text("created_at")} AS created_at, ${text("updated_at")} AS updated_at
       FROM accounts ORDER BY user_id::int, provider`,
    );
    expect(accounts.rows).toEqual(
      seeded.accounts.map((account) => ({
        user_id: String(account.user_id),
        type: "oauth",
        provider: account.provider_id,
        provider_account_id: account.provider_account_id,
        refresh_token: account.refresh_token,
        access_token: account.access_token,
        expires_at: account.access_token_expires && account.access_token_expires.getTime() / 1000,
        token_type: null,
        scope: null,
        id_token: null,
        session_state: null,
        created_at: utc(account.created_at),
        updated_at: utc(account.updated_at),
      })),
    );
    expect((await client.query("SELECT count(*)::int AS n FROM sessions")).rows).toEqual([{ n: 0 }]);
    expect((await client.query("SELECT count(*)::int AS n FROM verification_tokens")).rows).toEqual([{ n: 0 }]);
    expect((await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)).rows).toEqual([
      { migration_name: FIRST_MIGRATION?.name, checksum: FIRST_MIGRATION?.checksum },
    ]);

    // The first migration's schema exactly: the same catalog as a fresh database with only it.
    const reference = await scratchDatabase();
    const referenceClient = await connect(reference.url);
    try {
      const onlyFirst = fs.mkdtempSync(path.join(os.tmpdir(), "first-migration-"));
      fs.cpSync(path.join(MIGRATIONS_DIR, FIRST_MIGRATION?.name ?? ""), path.join(onlyFirst, FIRST_MIGRATION?.name ?? ""), { recursive: true });
      await migrate(reference.url, onlyFirst);
      expect(await schemaCatalog(client)).toEqual(await schemaCatalog(referenceClient));

      // Then the later migrations apply as on any other database, and the result is what all of
      // prisma/migrations build.
      expect(await migrate(db.url, MIGRATIONS_DIR)).toEqual(LATER_MIGRATIONS.map((migration) => migration.name));
      await migrate(reference.url, MIGRATIONS_DIR);
      expect(await schemaCatalog(client)).toEqual(await schemaCatalog(referenceClient));
    } finally {
      await referenceClient.end();
      await reference.drop();
    }
    expect((await client.query("SELECT count(*)::int AS n FROM users")).rows).toEqual([{ n: 300 }]);
  });

  it("lets Auth.js find the upgraded users by email and by provider account", async () => {
    await seedLegacyDatabase(client, 12);
    await upgrade();
    await migrate(db.url, MIGRATIONS_DIR);
    const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }) });
    try {
      const adapter = authAdapter(prisma);
      // The address was stored as Person.3@Example.COM; sign-in looks it up however it is typed.
      expect(await adapter.getUserByEmail?.("PERSON.3@example.com")).toMatchObject({ id: "3", email: "person.3@example.com" });
      expect(await PrismaAdapter(prisma).getUserByAccount?.({ provider: "google", providerAccountId: "google-5" })).toMatchObject({ id: "5" });
      expect(await adapter.getUserByAccount?.({ provider: "github", providerAccountId: "github-4" })).toBeNull();
      // New users get new ids beside the kept ones.
      const created = await adapter.createUser?.({ id: "", email: "New@Example.com", emailVerified: null });
      expect(created?.email).toBe("new@example.com");
      expect(created?.id).not.toMatch(/^\d+$/);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("refuses a second run and leaves the upgraded database exactly as it was", async () => {
    await seedLegacyDatabase(client, 20);
    await upgrade();
    await migrate(db.url, MIGRATIONS_DIR);
    const before = await everything();

    await expect(upgrade()).rejects.toThrow(/not a database of NextAuth's legacy Prisma adapter.*nothing was changed/);

    expect(await everything()).toEqual(before);
  });

  it.each([
    ["a user without an email", "UPDATE users SET email = NULL WHERE id = 7", /users without an email address \(ids 7\)/],
    ["two users whose addresses differ only in case", "UPDATE users SET email = 'PERSON.1@example.com' WHERE id = 2", /share an email address once lower-cased \(person\.1@example\.com\)/],
    ["an account of a deleted user", "DELETE FROM users WHERE id = 1", /accounts that belong to no user \(accounts\.id 1, 2\)/],
    [
      "an app table pointing at users.id",
      "CREATE TABLE posts (id serial PRIMARY KEY, author_id integer REFERENCES users(id)); INSERT INTO posts (author_id) VALUES (3)",
      /other tables reference the auth tables by their integer ids: posts \(posts_author_id_fkey\)/,
    ],
  ])("refuses %s, naming it, and changes nothing", async (_case, setup, message) => {
    await seedLegacyDatabase(client, 10);
    await client.query(setup);
    const before = await everything();

    await expect(upgrade()).rejects.toThrow(message);

    expect(await everything()).toEqual(before);
  });
});
