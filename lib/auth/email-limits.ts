// How many sign-in emails may go out: at most EMAIL_LIMIT_PER_ADDRESS to one inbox (an address and
// its sub-addresses, lib/auth/inbox-key.ts) and EMAIL_LIMIT_PER_CLIENT for one client within a
// sliding window of EMAIL_LIMIT_WINDOW_MINUTES.
// Without them anyone could make this server mail any inbox, or every inbox, without end.
// Counted in Postgres, so the limits hold across every serverless instance; decided under a
// transaction-scoped advisory lock per key, so parallel requests cannot all pass the count before
// any of them is recorded (transaction-scoped locks also work through Neon's pooler).
import type { PrismaClient } from "../../generated/prisma/client";
import { setting } from "../env/settings";
import type { EmailLimitName } from "../messages/email-limits";
import { inboxKey } from "./inbox-key";
import type { Env } from "../edge/env";

export type EmailLimits = { perAddress: number; perClient: number; windowMinutes: number };

export const emailLimits = (env: Env = process.env): EmailLimits => ({
  perAddress: setting("EMAIL_LIMIT_PER_ADDRESS", env),
  perClient: setting("EMAIL_LIMIT_PER_CLIENT", env),
  windowMinutes: setting("EMAIL_LIMIT_WINDOW_MINUTES", env),
});

/** Which limit refused an email, and in how many seconds the oldest send in its window expires. */
export type EmailRefusal = { limit: EmailLimitName; retryAfterSeconds: number };

/** Expired rows deleted per send: bounded work per request, and the table never outgrows the window. */
const CLEANUP_BATCH = 100;

// Enough for twenty parallel requests queueing on one lock on a slow, shared machine.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/**
 * Records one email to `address` asked for by `client` if both are under their limits, and
 * returns undefined; otherwise records nothing and says which limit refused it.
 */
export async function reserveSignInEmail(
  prisma: PrismaClient,
  who: { address: string; client: string },
  limits: EmailLimits,
): Promise<EmailRefusal | undefined> {
  const buckets = [
    { kind: "address" as const, key: `address:${inboxKey(who.address)}`, limit: limits.perAddress },
    { kind: "client" as const, key: `client:${who.client}`, limit: limits.perClient },
  ];
  const minutes = limits.windowMinutes;
  return prisma.$transaction(async (tx) => {
    // Always in the same order, so two requests never wait on each other's second lock.
    for (const { key } of [...buckets].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))::text`;
    }
    for (const { kind, key, limit } of buckets) {
      // The newest `limit` sends still in the window; the last of them is the next to expire.
      const recent = await tx.$queryRaw<{ frees_in: number }[]>`
        SELECT ceil(extract(epoch FROM sent_at + make_interval(mins => ${minutes}::int) - clock_timestamp()))::int AS frees_in
        FROM sign_in_email_sends
        WHERE key = ${key} AND sent_at > clock_timestamp() - make_interval(mins => ${minutes}::int)
        ORDER BY sent_at DESC
        LIMIT ${limit}::int`;
      if (recent.length >= limit) return { limit: kind, retryAfterSeconds: Math.max(1, recent.at(-1)?.frees_in ?? 1) };
    }
    await tx.$executeRaw`
      INSERT INTO sign_in_email_sends (key, sent_at)
      VALUES (${buckets[0]!.key}, clock_timestamp()), (${buckets[1]!.key}, clock_timestamp())`;
    // SKIP LOCKED: requests for other keys never wait on each other's cleanup.
    await tx.$executeRaw`
      DELETE FROM sign_in_email_sends WHERE id IN (
        SELECT id FROM sign_in_email_sends
        WHERE sent_at <= clock_timestamp() - make_interval(mins => ${minutes}::int)
        LIMIT ${CLEANUP_BATCH}::int
        FOR UPDATE SKIP LOCKED)`;
    return undefined;
  }, TRANSACTION_OPTIONS);
}
