// What keeps the auth tables from growing without bound: rows no one will read again, deleted by
// the scheduled route app/api/cron/cleanup (daily on Vercel, vercel.json). Between two runs a
// session's own check, and its user's next sign-in, already delete ended sessions as they meet them;
// this catches the rest (browsers never seen again, links never clicked, old limit records).
import type { PrismaClient } from "../../generated/prisma/client";
import { deleteOldSecurityEvents } from "../account/security-log";
import { setting } from "../env/settings";
import { deleteEndedSessions, type SessionLimits } from "./session-store";

export type CleanupCounts = { sessions: number; verificationTokens: number; signInEmailSends: number; securityEvents: number };

/** The bounds a cleanup at `now` applies; the sign-in email limits count sends within their window only. */
export type CleanupBounds = { sessions?: SessionLimits; emailWindowMinutes: number; securityLogDays?: number };

const DEFAULT_BOUNDS: CleanupBounds = { emailWindowMinutes: setting("EMAIL_LIMIT_WINDOW_MINUTES") };

/**
 * Deletes ended sessions (idle, too old, or expired), expired sign-in links, and sign-in email
 * records older than the limits' window, which no limit counts any more, and security log entries
 * older than SECURITY_LOG_DAYS: one statement each, side by side.
 */
export async function deleteExpiredRows(prisma: PrismaClient, now: Date, bounds = DEFAULT_BOUNDS): Promise<CleanupCounts> {
  const windowStart = new Date(now.getTime() - bounds.emailWindowMinutes * 60_000);
  const [sessions, verificationTokens, signInEmailSends, securityEvents] = await Promise.all([
    deleteEndedSessions(prisma, now, bounds.sessions),
    prisma.verificationToken.deleteMany({ where: { expires: { lte: now } } }).then((result) => result.count),
    prisma.signInEmailSend.deleteMany({ where: { sentAt: { lte: windowStart } } }).then((result) => result.count),
    deleteOldSecurityEvents(prisma, now, bounds.securityLogDays),
  ]);
  return { sessions, verificationTokens, signInEmailSends, securityEvents };
}
