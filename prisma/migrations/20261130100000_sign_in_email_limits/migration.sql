-- Sign-in emails sent, one row per address key and per client key, for limits that hold across
-- every server instance (lib/auth/email-limits.ts).

-- CreateTable
CREATE TABLE "sign_in_email_sends" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_email_sends_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_email_sends_key_sent_at_idx" ON "sign_in_email_sends"("key", "sent_at");

-- CreateIndex
CREATE INDEX "sign_in_email_sends_sent_at_idx" ON "sign_in_email_sends"("sent_at");
