// A database as NextAuth's legacy Prisma adapter left it (Int ids, compound_id, provider_type,
// provider_id, provider_account_id, access_token_expires, verification_requests), with the DDL
// Prisma 2 generated for those models on PostgreSQL, and rows to upgrade.
import type { Client } from "@neondatabase/serverless";

const LEGACY_SCHEMA = `
CREATE TABLE "accounts" (
  "id" SERIAL NOT NULL, "compound_id" TEXT NOT NULL, "user_id" INTEGER NOT NULL,
  "provider_type" TEXT NOT NULL, "provider_id" TEXT NOT NULL, "provider_account_id" TEXT NOT NULL,
  "refresh_token" TEXT, "access_token" TEXT, "access_token_expires" TIMESTAMP(3),
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("id"));
CREATE TABLE "sessions" (
  "id" SERIAL NOT NULL, "user_id" INTEGER NOT NULL, "expires" TIMESTAMP(3) NOT NULL,
  "session_token" TEXT NOT NULL, "access_token" TEXT NOT NULL,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("id"));
CREATE TABLE "users" (
  "id" SERIAL NOT NULL, "name" TEXT, "email" TEXT, "email_verified" TIMESTAMP(3), "image" TEXT,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("id"));
CREATE TABLE "verification_requests" (
  "id" SERIAL NOT NULL, "identifier" TEXT NOT NULL, "token" TEXT NOT NULL, "expires" TIMESTAMP(3) NOT NULL,
  "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "accounts.compound_id_unique" ON "accounts"("compound_id");
CREATE INDEX "providerAccountId" ON "accounts"("provider_account_id");
CREATE INDEX "providerId" ON "accounts"("provider_id");
CREATE INDEX "userId" ON "accounts"("user_id");
CREATE UNIQUE INDEX "sessions.session_token_unique" ON "sessions"("session_token");
CREATE UNIQUE INDEX "sessions.access_token_unique" ON "sessions"("access_token");
CREATE UNIQUE INDEX "users.email_unique" ON "users"("email");
CREATE UNIQUE INDEX "verification_requests.token_unique" ON "verification_requests"("token");
CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0);
INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
  VALUES ('00000000-0000-0000-0000-000000000001', 'legacy', '20210101000000_next_auth_legacy', now(), 1);
`;

export type LegacyUser = { id: number; name: string | null; email: string; email_verified: Date | null; image: string | null; created_at: Date; updated_at: Date };
export type LegacyAccount = {
  id: number;
  user_id: number;
  provider_type: string;
  provider_id: string;
  provider_account_id: string;
  refresh_token: string | null;
  access_token: string | null;
  access_token_expires: Date | null;
  created_at: Date;
  updated_at: Date;
};

const PROVIDERS = ["github", "google", "oidc"];
const at = (seconds: number) => new Date(Date.UTC(2021, 0, 1) + seconds * 1000);

/** Creates the legacy tables and fills them: `users` users (mixed-case addresses), two accounts for most. */
export async function seedLegacyDatabase(client: Client, users: number): Promise<{ users: LegacyUser[]; accounts: LegacyAccount[] }> {
  await client.query(LEGACY_SCHEMA);
  const seededUsers: LegacyUser[] = [];
  const seededAccounts: LegacyAccount[] = [];
  for (let id = 1; id <= users; id++) {
    seededUsers.push({
      id,
      name: id % 7 === 0 ? null : `Person ${id}`,
      email: id % 3 === 0 ? `Person.${id}@Example.COM` : `person.${id}@example.com`,
      email_verified: id % 2 === 0 ? at(id * 60) : null,
      image: id % 5 === 0 ? `https://img.example.com/${id}.png` : null,
      created_at: at(id),
      updated_at: at(id * 2),
    });
    for (const provider of PROVIDERS.slice(0, id % 4 === 0 ? 0 : 1 + (id % 3))) {
      seededAccounts.push({
        id: seededAccounts.length + 1,
        user_id: id,
        provider_type: "oauth",
        provider_id: provider,
        provider_account_id: `${provider}-${id}`,
        refresh_token: id % 2 ? `refresh-${id}` : null,
        access_token: `access-${provider}-${id}`,
        access_token_expires: id % 3 ? at(3600 + id) : null,
        created_at: at(id + 10),
        updated_at: at(id + 20),
      });
    }
  }
  await insertRows(client, "users", seededUsers);
  await insertRows(client, "accounts", seededAccounts.map((account) => ({ ...account, compound_id: `${account.provider_id}:${account.provider_account_id}` })));
  await client.query(`SELECT setval('users_id_seq', ${users}), setval('accounts_id_seq', ${seededAccounts.length})`);
  // Rows that do not survive: database sessions and pending email links.
  await client.query(`INSERT INTO sessions (user_id, expires, session_token, access_token)
    SELECT id, now() + interval '30 days', 'session-' || id, 'access-' || id FROM users WHERE id <= 50`);
  await client.query(`INSERT INTO verification_requests (identifier, token, expires)
    SELECT email, 'token-' || id, now() + interval '1 day' FROM users WHERE id <= 20`);
  return { users: seededUsers, accounts: seededAccounts };
}

/**
 * One multi-row INSERT per table, with parameters. Dates go in as UTC text: the driver would send a
 * Date in the machine's own zone, which a `timestamp` column keeps as it reads.
 */
async function insertRows(client: Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const values: unknown[] = [];
  const value = (cell: unknown) => (cell instanceof Date ? cell.toISOString() : cell);
  const tuples = rows.map((row) => `(${columns.map((column) => `$${values.push(value(row[column]))}`).join(", ")})`);
  await client.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`, values);
}
