-- Upgrades a database of NextAuth's legacy Prisma adapter to this project's schema, in one
-- transaction, keeping every user and every linked account with every value of theirs.
--
-- The legacy shape: tables users, accounts, sessions and verification_requests with Int ids
-- (the `@next-auth/prisma-legacy-adapter` models that next-auth up to v3 shipped, which many v4
-- apps kept): accounts with compound_id, provider_type, provider_id, provider_account_id,
-- access_token_expires; sessions and verification_requests for database sessions and email links.
--
-- What it does:
--   * checks the database first and stops, changing nothing and naming what to fix, when anything
--     would be lost or the database is not of that shape (which is also why a second run fails
--     safely): a column of users or accounts the new tables have no place for, a value the new
--     schema cannot hold, addresses the app would read as one, accounts of no user, other tables,
--     views or functions built on the old tables, tables outside the schema Prisma uses;
--   * rebuilds the tables in schema public as prisma/migrations/20261122070000_init builds them,
--     and copies:
--       users:    id kept as text ("42"), email spelled as this app spells every address
--                 (lib/auth/email-address.ts: trimmed, Unicode NFC, lower-case), name,
--                 email_verified, image, created_at, updated_at; role from a `role` column of
--                 the app's own when there is one ("user" or "admin"; empty means "user"), else "user";
--       accounts: user_id as text, provider_type -> type, provider_id -> provider,
--                 provider_account_id, refresh_token, access_token,
--                 access_token_expires -> expires_at (unix seconds), created_at, updated_at, and
--                 token_type, scope, id_token, session_state from columns of those names when the
--                 app added them (a column named as in the new schema wins over the old name);
--     the legacy accounts.id and compound_id (provider:provider_account_id) are replaced by the
--     primary key (provider, provider_account_id);
--   * drops the old database sessions (this app's sessions are JWTs: everyone signs in once more;
--     the later migrations give the new sessions table Auth.js's shape plus the device columns)
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

-- This app's Prisma client works in schema public (prisma.ts names no other): the old tables are
-- read there and the new ones created there, whatever search_path the connection came with.
SET LOCAL search_path TO public;

DO $shape$
DECLARE
  found text;
  -- The columns of the legacy models, each of which is copied or deliberately replaced.
  legacy_users CONSTANT text[] := ARRAY['id', 'name', 'email', 'email_verified', 'image', 'created_at', 'updated_at'];
  legacy_accounts CONSTANT text[] := ARRAY['id', 'compound_id', 'user_id', 'provider_type', 'provider_id', 'provider_account_id',
                                          'refresh_token', 'access_token', 'access_token_expires', 'created_at', 'updated_at'];
  -- Columns of the new tables (prisma/schema.prisma) that an app may have added to the old ones: copied too.
  new_users CONSTANT text[] := ARRAY['role'];
  new_accounts CONSTANT text[] := ARRAY['type', 'provider', 'expires_at', 'token_type', 'scope', 'id_token', 'session_state'];
BEGIN
  IF current_setting('server_encoding') <> 'UTF8' THEN
    RAISE EXCEPTION 'the database''s encoding is %, not UTF8: nothing was changed. Addresses are Unicode-normalised on the way, which needs UTF8 (Neon''s only encoding): copy the data into a UTF8 database, then run this there',
      current_setting('server_encoding');
  END IF;

  IF to_regclass('public.users') IS NULL THEN
    SELECT string_agg(DISTINCT table_schema, ', ') INTO found FROM information_schema.tables
    WHERE table_name IN ('users', 'accounts', 'verification_requests') AND table_schema <> 'public';
    IF found IS NOT NULL THEN
      RAISE EXCEPTION 'the tables users, accounts and verification_requests are in schema %, but this app''s Prisma client uses schema public: nothing was changed. Move them first (ALTER TABLE %.users SET SCHEMA public; the same for accounts, sessions and verification_requests), then run this again',
        found, quote_ident(split_part(found, ', ', 1));
    END IF;
  END IF;

  SELECT string_agg(t || '.' || c, ', ') INTO found
  FROM (SELECT 'users', unnest(legacy_users) UNION ALL SELECT 'accounts', unnest(legacy_accounts)) AS legacy(t, c)
  WHERE NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t AND column_name = c);
  IF found IS NOT NULL OR to_regclass('public.verification_requests') IS NULL
     OR NOT EXISTS (SELECT 1 FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'id' AND data_type = 'integer') THEN
    RAISE EXCEPTION 'this is not a database of NextAuth''s legacy Prisma adapter (users.id integer, accounts.compound_id, verification_requests; missing here: %): nothing was changed. Already upgraded? Then run `npx prisma migrate deploy` instead',
      concat_ws(', ', found,
                CASE WHEN to_regclass('public.verification_requests') IS NULL THEN 'verification_requests' END,
                CASE WHEN NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users'
                                      AND column_name = 'id' AND data_type = 'integer') THEN 'an integer users.id' END);
  END IF;
  IF to_regclass('public.verification_tokens') IS NOT NULL OR to_regclass('public.authenticators') IS NOT NULL
     OR to_regtype('public.role') IS NOT NULL THEN
    RAISE EXCEPTION 'the database already has tables or types of the new schema (verification_tokens, authenticators or the role type): nothing was changed. Remove them if they are leftovers of a failed attempt, then run this again';
  END IF;

  SELECT string_agg(table_name || '.' || column_name, ', ' ORDER BY table_name DESC, ordinal_position) INTO found
  FROM information_schema.columns
  WHERE table_schema = 'public'
    AND ((table_name = 'users' AND column_name <> ALL (legacy_users || new_users))
      OR (table_name = 'accounts' AND column_name <> ALL (legacy_accounts || new_accounts)));
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'columns the new tables have no place for, whose values would be lost: % (nothing was changed). Keep them in a table of your own first, e.g. CREATE TABLE user_details AS SELECT id::text AS user_id, <the columns> FROM users; then drop them (ALTER TABLE users DROP COLUMN …) and run this again. To have them on users or accounts again, add them to prisma/schema.prisma with a migration after the upgrade',
      found;
  END IF;
END
$shape$;

-- How this app spells every address it stores and looks up (lib/auth/email-address.ts): trimmed of
-- what JavaScript's trim() removes, Unicode NFC, lower-case. Every check and the copy use it.
CREATE FUNCTION pg_temp.app_address(raw text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT lower(normalize(btrim(raw, E'\t\n\x0B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF'), NFC))
$$;

-- `name` of the legacy table `tbl` cast to `type`, or a NULL of that type when the table has no such column.
CREATE FUNCTION pg_temp.legacy_column(tbl regclass, name text, type text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tbl AND attname = name AND attnum > 0 AND NOT attisdropped)
              THEN format('%I::%s', name, type) ELSE format('NULL::%s', type) END
$$;

DO $check$
DECLARE
  found text;
BEGIN
  SELECT string_agg(id::text, ', ' ORDER BY id) INTO found FROM (
    SELECT id FROM users WHERE coalesce(pg_temp.app_address(email), '') = '' ORDER BY id LIMIT 20) AS u;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'users without an email address (ids %): nothing was changed. This app needs one per user: set it, or delete those users, then run this again', found;
  END IF;
  SELECT string_agg(format('%s (ids %s)', address, ids), '; ') INTO found FROM (
    SELECT pg_temp.app_address(email) AS address, string_agg(id::text, ', ' ORDER BY id) AS ids
    FROM users GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 20) AS d;
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'several users have one email address as this app spells addresses (trimmed, Unicode NFC, lower-case): % (nothing was changed). Merge or delete the duplicates, then run this again', found;
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users' AND column_name = 'role') THEN
    EXECUTE $sql$
      SELECT string_agg(DISTINCT quote_literal(role::text), ', ') FROM users WHERE role::text NOT IN ('user', 'admin')$sql$ INTO found;
    IF found IS NOT NULL THEN
      RAISE EXCEPTION 'users.role holds values this app has no role for: % (nothing was changed). Its roles are user and admin: change those rows (UPDATE users SET role = …), or keep the column in a table of your own and drop it, then run this again',
        found;
    END IF;
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
  -- Whatever else would stop the DROP below (a view on users, a function whose body uses the
  -- tables…) Postgres knows best: drop them here in a subtransaction, and undo it.
  BEGIN
    DROP TABLE accounts, users, verification_requests;
    DROP TABLE IF EXISTS sessions;
    RAISE EXCEPTION USING ERRCODE = 'UPG00', MESSAGE = 'only a probe';
  EXCEPTION
    WHEN SQLSTATE 'UPG00' THEN NULL;
    WHEN dependent_objects_still_exist THEN
      GET STACKED DIAGNOSTICS found = PG_EXCEPTION_DETAIL;
      RAISE EXCEPTION 'other objects are built on the auth tables: % (nothing was changed). Save their definitions (pg_get_viewdef for a view), drop them, run this again, then create them again on the new tables, whose ids are text',
        replace(found, E'\n', '; ');
  END;
END
$check$;

-- The old rows, kept for the copy below; temporary tables go with the transaction.
CREATE TEMPORARY TABLE legacy_users ON COMMIT DROP AS SELECT * FROM users;
CREATE TEMPORARY TABLE legacy_accounts ON COMMIT DROP AS SELECT * FROM accounts;

DROP TABLE accounts, users, verification_requests;
DROP TABLE IF EXISTS sessions;

-- The statements of prisma/migrations/20261122070000_init/migration.sql, without its CREATE SCHEMA
-- (public exists). The test proves the result is what the migration builds.

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

DO $copy$
BEGIN
  EXECUTE format($sql$
    INSERT INTO users (id, name, email, email_verified, image, role, created_at, updated_at)
    SELECT id::text, name, pg_temp.app_address(email), email_verified, image, coalesce(%s, 'user')::role, created_at, updated_at
    FROM legacy_users$sql$,
    pg_temp.legacy_column('legacy_users', 'role', 'text'));
  EXECUTE format($sql$
    INSERT INTO accounts (user_id, type, provider, provider_account_id, refresh_token, access_token, expires_at,
                          token_type, scope, id_token, session_state, created_at, updated_at)
    SELECT user_id::text, coalesce(%s, provider_type), coalesce(%s, provider_id), provider_account_id, refresh_token, access_token,
           -- Prisma stores UTC in `timestamp` columns, and epoch of a `timestamp` reads it as UTC.
           coalesce(%s, floor(extract(epoch FROM access_token_expires))::integer),
           %s, %s, %s, %s, created_at, updated_at
    FROM legacy_accounts$sql$,
    pg_temp.legacy_column('legacy_accounts', 'type', 'text'),
    pg_temp.legacy_column('legacy_accounts', 'provider', 'text'),
    pg_temp.legacy_column('legacy_accounts', 'expires_at', 'integer'),
    pg_temp.legacy_column('legacy_accounts', 'token_type', 'text'),
    pg_temp.legacy_column('legacy_accounts', 'scope', 'text'),
    pg_temp.legacy_column('legacy_accounts', 'id_token', 'text'),
    pg_temp.legacy_column('legacy_accounts', 'session_state', 'text'));
END
$copy$;

DROP FUNCTION pg_temp.app_address(text), pg_temp.legacy_column(regclass, text, text);

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
