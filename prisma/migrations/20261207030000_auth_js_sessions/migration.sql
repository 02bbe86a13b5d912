-- The sessions table takes Auth.js's Session shape again (session_token unique, user_id, expires),
-- keeping the device list's columns, so every @auth/prisma-adapter method works on it.
-- No one is signed out: the JWTs in browsers carry the old row id as `sid`, and the session check
-- now looks rows up by session_token, so each existing row's token is its id. New rows get a random one.
ALTER TABLE "sessions" ADD COLUMN "session_token" TEXT,
ADD COLUMN "expires" TIMESTAMP(3),
ALTER COLUMN "device" DROP NOT NULL;

-- SQL cannot know the deployment's SESSION_IDLE_DAYS and SESSION_MAX_DAYS, and an `expires` too
-- early would end a session the settings still allow: each row gets the latest end any settings
-- allow (3650 days, SESSION_MAX_DAYS's maximum, after its sign-in). The limits themselves still
-- apply to every row as before (lib/auth/session-store.ts), and the session's next check writes
-- its true `expires`.
UPDATE "sessions" SET "session_token" = "id", "expires" = "created_at" + INTERVAL '3650 days';

ALTER TABLE "sessions" ALTER COLUMN "session_token" SET NOT NULL,
ALTER COLUMN "expires" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");
