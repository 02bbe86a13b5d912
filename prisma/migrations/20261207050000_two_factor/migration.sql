-- A session signed in with a first factor only, owing its two-factor code (lib/two-factor/pending.ts).
ALTER TABLE "sessions" ADD COLUMN "two_factor_pending" BOOLEAN NOT NULL DEFAULT false;

-- Each user's TOTP authenticator, its secret sealed (lib/two-factor/secret-box.ts).
CREATE TABLE "two_factor" (
    "user_id" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled_at" TIMESTAMP(3),
    "last_used_step" BIGINT,

    CONSTRAINT "two_factor_pkey" PRIMARY KEY ("user_id")
);

-- Single-use recovery codes, as SHA-256 digests.
CREATE TABLE "two_factor_recovery_codes" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),

    CONSTRAINT "two_factor_recovery_codes_pkey" PRIMARY KEY ("id")
);

-- Wrong two-factor codes, counted per user within TWO_FACTOR_WINDOW_MINUTES.
CREATE TABLE "two_factor_failures" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "failed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "two_factor_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "two_factor_recovery_codes_user_id_code_hash_key" ON "two_factor_recovery_codes"("user_id", "code_hash");

-- CreateIndex
CREATE INDEX "two_factor_failures_user_id_failed_at_idx" ON "two_factor_failures"("user_id", "failed_at");

-- AddForeignKey
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "two_factor_recovery_codes" ADD CONSTRAINT "two_factor_recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "two_factor_failures" ADD CONSTRAINT "two_factor_failures_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
