// How many wrong two-factor codes a user may give: TWO_FACTOR_ATTEMPTS within a sliding window of
// TWO_FACTOR_WINDOW_MINUTES. A six-digit code has a million values; without a limit a stolen first
// factor plus a script would find the code. Counted per user (not per client: the guesser can change
// address, not account) in Postgres, so the limit holds across serverless instances, and decided
// under a transaction-scoped advisory lock per user so parallel guesses cannot all pass the count
// before any is recorded (as lib/auth/email-limits.ts does).
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { setting } from "../env/settings";
import type { Env } from "../edge/env";

export type AttemptLimit = { attempts: number; windowMinutes: number };

export const attemptLimit = (env?: Env): AttemptLimit => ({
  attempts: setting("TWO_FACTOR_ATTEMPTS", env),
  windowMinutes: setting("TWO_FACTOR_WINDOW_MINUTES", env),
});

/** Refused: in how many seconds the oldest failure in the window expires. */
export type AttemptRefusal = { retryAfterSeconds: number };

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/**
 * Runs `check` (which answers whether the code was right) only while the user is under the limit,
 * under the user's lock; a wrong answer is recorded as a failure in the same transaction.
 * Returns the refusal when over the limit (and `check` did not run), else what `check` returned.
 */
export async function withinAttemptLimit<T extends { ok: boolean }>(
  prisma: PrismaClient,
  userId: string,
  limit: AttemptLimit,
  check: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | AttemptRefusal> {
  const minutes = limit.windowMinutes;
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`two-factor:${userId}`}, 0))::text`;
    const recent = await tx.$queryRaw<{ frees_in: number }[]>`
      SELECT ceil(extract(epoch FROM failed_at + make_interval(mins => ${minutes}::int) - clock_timestamp()))::int AS frees_in
      FROM two_factor_failures
      WHERE user_id = ${userId} AND failed_at > clock_timestamp() - make_interval(mins => ${minutes}::int)
      ORDER BY failed_at DESC
      LIMIT ${limit.attempts}::int`;
    if (recent.length >= limit.attempts) return { retryAfterSeconds: Math.max(1, recent.at(-1)?.frees_in ?? 1) };
    const result = await check(tx);
    if (!result.ok) {
      await tx.$executeRaw`INSERT INTO two_factor_failures (user_id, failed_at) VALUES (${userId}, clock_timestamp())`;
      // This user's expired failures: the table never outgrows the window.
      await tx.$executeRaw`
        DELETE FROM two_factor_failures
        WHERE user_id = ${userId} AND failed_at <= clock_timestamp() - make_interval(mins => ${minutes}::int)`;
    }
    return result;
  }, TRANSACTION_OPTIONS);
}

export const isAttemptRefusal = (result: object): result is AttemptRefusal => "retryAfterSeconds" in result;
