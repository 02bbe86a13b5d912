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
import { addressSpelling, plainMailbox } from "../../lib/auth/email-address";
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

/** Every row the upgrade may touch, in every schema, for "nothing changed" comparisons. */
async function everything(): Promise<unknown[]> {
  const tables = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const views = await client.query("SELECT schemaname, viewname, definition FROM pg_views WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2");
  const dump: unknown[] = [await schemaCatalog(client), views.rows];
  for (const { name } of tables.rows) {
    dump.push(name, (await client.query(`SELECT * FROM ${name} ORDER BY 1, 2`)).rows);
  }
  return dump;
}

/** The upgraded users' ids and addresses, by id. */
async function upgradedAddresses(): Promise<{ id: string; email: string }[]> {
  return (await client.query<{ id: string; email: string }>("SELECT id, email FROM users ORDER BY id::int")).rows;
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
      // The sessions table ends in Auth.js's shape (with this app's device columns): its session
      // methods work for an upgraded user.
      const session = { sessionToken: "upgraded-session", userId: "3", expires: new Date(Date.now() + 60_000) };
      await adapter.createSession?.(session);
      expect(await adapter.getSessionAndUser?.(session.sessionToken)).toMatchObject({ session, user: { id: "3" } });
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

  it("spells every address as the app looks it up: trimmed of the same whitespace, Unicode NFC, lower-case", async () => {
    // Every character JavaScript's trim() removes, on either side of an address, and letters that
    // NFC composes or lower-casing changes.
    const whitespace = [..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
    expect(whitespace.every((character) => `x${character}`.trim() === "x")).toBe(true);
    const spellings = [
      ...whitespace.map((character, i) => (i % 2 ? `${character}Spaced.${i}@Example.com` : `spaced.${i}@example.COM${character}${character}`)),
      " spaced@example.com ",
      "tab@example.com\t",
      "Cafe\u0301@Example.com", // NFD: e + combining acute
      "\u00c5ngstr\u00f6m@Example.com",
      "A\u030angstro\u0308m.2@example.com", // NFD of the line above, another user
    ];
    await seedLegacyDatabase(client, spellings.length);
    for (const [i, spelling] of spellings.entries()) await client.query("UPDATE users SET email = $1 WHERE id = $2", [spelling, i + 1]);

    await upgrade();

    expect(await upgradedAddresses()).toEqual(spellings.map((spelling, i) => ({ id: String(i + 1), email: addressSpelling(spelling) })));
    await migrate(db.url, MIGRATIONS_DIR);
    const prisma = new PrismaClient({ adapter: new PrismaNeon({ connectionString: db.url }) });
    try {
      // A magic-link sign-in looks its user up by the provider's normalizeIdentifier, whatever was typed.
      const adapter = authAdapter(prisma);
      expect(await adapter.getUserByEmail?.(plainMailbox("Spaced@Example.com "))).toMatchObject({ id: String(whitespace.length + 1) });
      expect(await adapter.getUserByEmail?.(plainMailbox("TAB@example.com"))).toMatchObject({ id: String(whitespace.length + 2) });
      // And an OAuth profile's address, as the provider sent it (here decomposed, upper-case).
      expect(await adapter.getUserByEmail?.("CAFE\u0301@Example.com")).toMatchObject({ id: String(whitespace.length + 3) });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("copies the columns of the new schema that the app added to the legacy tables", async () => {
    const seeded = await seedLegacyDatabase(client, 30);
    await client.query(`
      ALTER TABLE users ADD COLUMN role text;
      UPDATE users SET role = CASE WHEN id % 5 = 0 THEN 'admin' WHEN id % 5 = 1 THEN NULL ELSE 'user' END;
      ALTER TABLE accounts ADD COLUMN token_type text, ADD COLUMN scope text, ADD COLUMN id_token text, ADD COLUMN session_state text,
        ADD COLUMN expires_at integer;
      UPDATE accounts SET token_type = 'bearer', scope = 'openid email ' || id, id_token = 'eyJ.id-token.' || id,
        session_state = CASE WHEN id % 2 = 0 THEN 'state-' || id END, expires_at = CASE WHEN id % 4 = 0 THEN 2000000000 + id END`);

    await upgrade();

    const users = await client.query("SELECT id, role FROM users ORDER BY id::int");
    expect(users.rows).toEqual(seeded.users.map(({ id }) => ({ id: String(id), role: id % 5 === 0 ? "admin" : "user" })));
    const accounts = await client.query("SELECT provider, provider_account_id, token_type, scope, id_token, session_state, expires_at FROM accounts ORDER BY provider, provider_account_id");
    const expected = seeded.accounts.map((account) => ({
      provider: account.provider_id,
      provider_account_id: account.provider_account_id,
      token_type: "bearer",
      scope: `openid email ${account.id}`,
      id_token: `eyJ.id-token.${account.id}`,
      session_state: account.id % 2 === 0 ? `state-${account.id}` : null,
      // The column named as in the new schema wins; the legacy access_token_expires fills in where it is empty.
      expires_at: account.id % 4 === 0 ? 2_000_000_000 + account.id : account.access_token_expires && account.access_token_expires.getTime() / 1000,
    }));
    const byKey = (a: { provider: string; provider_account_id: string }, b: typeof a) =>
      a.provider.localeCompare(b.provider) || a.provider_account_id.localeCompare(b.provider_account_id);
    expect(accounts.rows).toEqual(expected.sort(byKey));
  });

  it("refuses a database whose encoding cannot hold Unicode-normalised addresses, and changes nothing", async () => {
    const ascii = await scratchDatabase("ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
    const asciiClient = await connect(ascii.url);
    try {
      await seedLegacyDatabase(asciiClient, 5);
      const before = await asciiClient.query("SELECT * FROM users ORDER BY id");
      await expect(upgrade(asciiClient)).rejects.toThrow(/the database's encoding is SQL_ASCII, not UTF8: nothing was changed/);
      expect((await asciiClient.query("SELECT * FROM users ORDER BY id")).rows).toEqual(before.rows);
    } finally {
      await asciiClient.end();
      await ascii.drop();
    }
  });

  it.each([
    ["a user without an email", "UPDATE users SET email = NULL WHERE id = 7", /users without an email address \(ids 7\)/],
    [
      "two users whose addresses differ only in case",
      "UPDATE users SET email = 'PERSON.1@example.com' WHERE id = 2",
      /several users have one email address as this app spells addresses.*: person\.1@example\.com \(ids 1, 2\)/,
    ],
    [
      "two users whose addresses differ only in spaces",
      "UPDATE users SET email = 'dup@example.com' WHERE id = 3; UPDATE users SET email = ' dup@example.com' WHERE id = 5",
      /several users have one email address .*: dup@example\.com \(ids 3, 5\)/,
    ],
    [
      "two users whose addresses differ only in Unicode normalisation",
      "UPDATE users SET email = E'caf\\u00e9@example.com' WHERE id = 4; UPDATE users SET email = E'CAFE\\u0301@example.com\\t' WHERE id = 6",
      /several users have one email address .*: café@example\.com \(ids 4, 6\)/,
    ],
    [
      "a user whose address is only whitespace",
      "UPDATE users SET email = E' \\t\\u00a0' WHERE id = 8",
      /users without an email address \(ids 8\)/,
    ],
    [
      "columns of the app's own on users and accounts",
      "ALTER TABLE users ADD COLUMN stripe_customer_id text; ALTER TABLE accounts ADD COLUMN oauth_token text, ADD COLUMN oauth_token_secret text",
      /columns the new tables have no place for, whose values would be lost: users\.stripe_customer_id, accounts\.oauth_token, accounts\.oauth_token_secret \(nothing was changed\)/,
    ],
    [
      "a role the app does not have",
      "ALTER TABLE users ADD COLUMN role text DEFAULT 'user'; UPDATE users SET role = 'editor' WHERE id = 2; UPDATE users SET role = 'ADMIN' WHERE id = 3",
      /users\.role holds values this app has no role for: 'ADMIN', 'editor' \(nothing was changed\)/,
    ],
    [
      "a view on users",
      "CREATE VIEW verified_users AS SELECT id, email FROM users WHERE email_verified IS NOT NULL",
      /other objects are built on the auth tables: view verified_users depends on table users \(nothing was changed\)/,
    ],
    [
      "legacy tables in another schema on the search path",
      `CREATE SCHEMA legacy_auth;
       ALTER TABLE users SET SCHEMA legacy_auth; ALTER TABLE accounts SET SCHEMA legacy_auth;
       ALTER TABLE sessions SET SCHEMA legacy_auth; ALTER TABLE verification_requests SET SCHEMA legacy_auth;
       SET search_path TO legacy_auth, public`,
      /tables users, accounts and verification_requests are in schema legacy_auth, but this app's Prisma client uses schema public: nothing was changed/,
    ],
    [
      "a legacy table without one of its columns",
      "ALTER TABLE accounts DROP COLUMN access_token_expires",
      /not a database of NextAuth's legacy Prisma adapter .*missing here: accounts\.access_token_expires\): nothing was changed/,
    ],
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
