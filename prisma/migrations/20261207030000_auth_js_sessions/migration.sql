-- The sessions table takes Auth.js's Session shape again (session_token unique, user_id, expires),
-- keeping the device list's columns, so every @auth/prisma-adapter method works on it.
-- No one is signed out: the JWTs in browsers carry the old row id as `sid`, and the session check
-- now looks rows up by session_token, so each existing row's token is its id. New rows get a random one.
ALTER TABLE "sessions" ADD COLUMN "session_token" TEXT,
ADD COLUMN "expires" TIMESTAMP(3),
ALTER COLUMN "device" DROP NOT NULL;

-- When each session ends with the default limits (SESSION_IDLE_DAYS 30, SESSION_MAX_DAYS 90); the
-- next check of each session writes it again with the deployment's own settings.
UPDATE "sessions" SET "session_token" = "id",
  "expires" = LEAST("last_seen_at" + INTERVAL '30 days', "created_at" + INTERVAL '90 days');

ALTER TABLE "sessions" ALTER COLUMN "session_token" SET NOT NULL,
ALTER COLUMN "expires" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");
