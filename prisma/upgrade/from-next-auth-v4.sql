-- Upgrades a database of NextAuth's legacy Prisma adapter to this project's schema, in one
-- transaction, keeping every user and every linked account.
--
-- The legacy shape: tables users, accounts, sessions and verification_requests with Int ids
-- (the `@next-auth/prisma-legacy-adapter` models that next-auth up to v3 shipped, which many v4
-- apps kept): accounts with compound_id, provider_type, provider_id, provider_account_id,
-- access_token_expires; sessions and verification_requests for database sessions and email links.
--
-- What it does:
--   * checks the database first and stops, changing nothing, when anything would be lost or the
--     database is not of that shape (which is also why a second run fails safely);
--   * rebuilds the tables as prisma/migrations/20261122070000_init builds them, and copies:
--       users:    id kept as text ("42"), email lower-cased (how this app stores addresses),
--                 name, email_verified, image, created_at, updated_at; role "user";
--       accounts: user_id as text, provider_type -> type, provider_id -> provider,
--                 provider_account_id, refresh_token, access_token,
--                 access_token_expires -> expires_at (unix seconds), created_at, updated_at;
--   * drops the old database sessions (this app's sessions are JWTs: everyone signs in once more)
--     and the pending sign-in links (their URLs name the old provider id, and they expire in a day);
--   * records 20261122070000_init as applied in _prisma_migrations (replacing the old project's
--     migration history, which described the schema that is gone), so that `prisma migrate deploy`
--     (or `npm run dev` locally) then applies every later migration as on any other database.
--
-- Run it against the direct (unpooled) connection, after taking a backup (on Neon: a branch):
--   psql "$DATABASE_URL_UNPOOLED" -v ON_ERROR_STOP=1 -f prisma/upgrade/from-next-auth-v4.sql
--   npx prisma migrate deploy
-- Proven by tooling/upgrade/from-next-auth-v4.test.ts and e2e/upgrade-from-next-auth-v4.spec.ts.

BEGIN;

DO $check$
DECLARE
  found text;
BEGIN
  IF to_regclass('users') IS NULL OR to_regclass('accounts') IS NULL OR to_regclass('verification_requests') IS NULL
     OR NOT EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'users' AND column_name = 'id' AND data_type = 'integer')
     OR NOT EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = current_schema() AND table_name = 'accounts' AND column_name = 'compound_id') THEN
    RAISE EXCEPTION 'this is not a database of NextAuth''s legacy Prisma adapter (users.id integer, accounts.compound_id, verification_requests): nothing was changed. Already upgraded? Then run `npx prisma migrate deploy` instead';
  END IF;
  IF to_regclass('verification_tokens') IS NOT NULL OR to_regclass('authenticators') IS NOT NULL
     OR to_regtype('role') IS NOT NULL THEN
    RAISE EXCEPTION 'the database already has tables or types of the new schema (verification_tokens, authenticators or the role type): nothing was changed. Remove them if they are leftovers of a failed attempt, then run this again';
  END IF;

  SELECT string_agg(id::text, ', ' ORDER BY id) INTO found FROM (SELECT id FROM users WHERE email IS NULL OR btrim(email) = '' LIMIT 20) AS u;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'users without an email address (ids %): nothing was changed. This app needs one per user: set it, or delete those users, then run this again', found;
  END IF;
  SELECT string_agg(address, ', ') INTO found FROM (
    SELECT lower(email) AS address FROM users GROUP BY lower(email) HAVING count(*) > 1 ORDER BY 1 LIMIT 20) AS d;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'several users share an email address once lower-cased (%): nothing was changed. Merge or delete the duplicates, then run this again', found;
  END IF;
  SELECT string_agg(id::text, ', ' ORDER BY id) INTO found FROM (
    SELECT a.id FROM accounts AS a LEFT JOIN users AS u ON u.id = a.user_id WHERE u.id IS NULL LIMIT 20) AS o;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'accounts that belong to no user (accounts.id %): nothing was changed. Delete them, then run this again', found;
  END IF;
  SELECT string_agg(DISTINCT conrelid::regclass::text || ' (' || conname || ')', ', ') INTO found
  FROM pg_constraint
  WHERE contype = 'f'
    AND confrelid IN (SELECT to_regclass(name) FROM unnest(ARRAY['users', 'accounts', 'sessions', 'verification_requests']) AS name)
    AND conrelid NOT IN (SELECT to_regclass(name) FROM unnest(ARRAY['users', 'accounts', 'sessions', 'verification_requests']) AS name);
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'other tables reference the auth tables by their integer ids: % (nothing was changed). Change those columns to text in this same transaction (ids are kept, as text), or drop the constraints first', found;
  END IF;
END
$check$;

-- The old rows, kept for the copy below; temporary tables go with the transaction's connection.
CREATE TEMPORARY TABLE legacy_users ON COMMIT DROP AS SELECT * FROM users;
CREATE TEMPORARY TABLE legacy_accounts ON COMMIT DROP AS SELECT * FROM accounts;

DROP TABLE accounts, users, verification_requests;
DROP TABLE IF EXISTS sessions;

-- The statements of prisma/migrations/20261122070000_init/migration.sql (without its CREATE SCHEMA:
-- the tables go where the old ones were). The test proves the result is what the migration builds.

-- CreateEnum
CREATE TYPE "role" AS ENUM ('user', 'admin');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "role" "role" NOT NULL DEFAULT 'user',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "authenticators" (
    "credential_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "credential_public_key" TEXT NOT NULL,
    "counter" INTEGER NOT NULL,
    "credential_device_type" TEXT NOT NULL,
    "credential_backed_up" BOOLEAN NOT NULL,
    "transports" TEXT,
    "name" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "authenticators_pkey" PRIMARY KEY ("user_id","credential_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "authenticators_credential_id_key" ON "authenticators"("credential_id");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authenticators" ADD CONSTRAINT "authenticators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO users (id, name, email, email_verified, image, role, created_at, updated_at)
SELECT id::text, name, lower(email), email_verified, image, 'user', created_at, updated_at
FROM legacy_users;

INSERT INTO accounts (user_id, type, provider, provider_account_id, refresh_token, access_token, expires_at, created_at, updated_at)
SELECT user_id::text, provider_type, provider_id, provider_account_id, refresh_token, access_token,
       -- Prisma stores UTC in `timestamp` columns, and epoch of a `timestamp` reads it as UTC.
       floor(extract(epoch FROM access_token_expires))::integer, created_at, updated_at
FROM legacy_accounts;

CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);
DELETE FROM "_prisma_migrations";
-- checksum: SHA-256 of prisma/migrations/20261122070000_init/migration.sql, as Prisma computes it.
INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
VALUES (gen_random_uuid()::text, '8ac7aa4ac502cc2fa1324d4099782801e673e81fa3f4c2c850528585591765e2',
        '20261122070000_init', now(), now(), 1);

COMMIT;
