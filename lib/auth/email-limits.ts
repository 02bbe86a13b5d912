// How many sign-in emails may go out: at most EMAIL_LIMIT_PER_ADDRESS to one inbox (an address and
// its sub-addresses, lib/auth/inbox-key.ts) and EMAIL_LIMIT_PER_CLIENT for one client within a
// sliding window of EMAIL_LIMIT_WINDOW_MINUTES.
// Without them anyone could make this server mail any inbox, or every inbox, without end.
// Counted in Postgres, so the limits hold across every serverless instance; decided in one round
// trip by the database function reserve_sign_in_email (its migration says why a function), under a
// transaction-scoped advisory lock per key, so parallel requests cannot all pass the count before
// any of them is recorded (transaction-scoped locks also work through Neon's pooler).
import type { PrismaClient } from "../../generated/prisma/client";
import { setting } from "../env/settings";
import type { EmailLimitName } from "../messages/email-limits";
import { inboxKey } from "./inbox-key";
import type { Env } from "../edge/env";

export type EmailLimits = { perAddress: number; perClient: number; windowMinutes: number };

export const emailLimits = (env?: Env): EmailLimits => ({
  perAddress: setting("EMAIL_LIMIT_PER_ADDRESS", env),
  perClient: setting("EMAIL_LIMIT_PER_CLIENT", env),
  windowMinutes: setting("EMAIL_LIMIT_WINDOW_MINUTES", env),
});

/** Which limit refused an email, and in how many seconds the oldest send in its window expires. */
export type EmailRefusal = { limit: EmailLimitName; retryAfterSeconds: number };

/** Expired rows deleted per send: bounded work per request, and the table never outgrows the window. */
const CLEANUP_BATCH = 100;

/**
 * Records one email to `address` asked for by `client` if both are under their limits, and
 * returns undefined; otherwise records nothing and says which limit refused it.
 */
export async function reserveSignInEmail(
  prisma: PrismaClient,
  who: { address: string; client: string },
  limits: EmailLimits,
): Promise<EmailRefusal | undefined> {
  const [refusal] = await prisma.$queryRaw<{ refused_by: EmailLimitName; frees_in: number }[]>`
    SELECT refused_by, frees_in FROM reserve_sign_in_email(
      ${`address:${inboxKey(who.address)}`}, ${`client:${who.client}`},
      ${limits.perAddress}::int, ${limits.perClient}::int, ${limits.windowMinutes}::int, ${CLEANUP_BATCH}::int)`;
  return refusal && { limit: refusal.refused_by, retryAfterSeconds: refusal.frees_in };
}
