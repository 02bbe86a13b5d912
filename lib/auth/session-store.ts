// The sessions table: one row per signed-in browser, its id carried in the JWT as `sid`. A session
// lives while its row does; the row goes at sign-out, from the account page, with the account, or
// when the session has been idle for SESSION_IDLE_SECONDS or alive for SESSION_MAX_SECONDS.
import type { PrismaClient } from "../../generated/prisma/client";
import type { Role } from "../edge/route-rules";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "./session-settings";

export type SessionLimits = { idleSeconds: number; maxSeconds: number };
const LIMITS: SessionLimits = { idleSeconds: SESSION_IDLE_SECONDS, maxSeconds: SESSION_MAX_SECONDS };

/** What a live session's check returns: the user's current role and name, and when it began. */
export type LiveSession = { role: Role; name: string | null; createdAt: Date };

const secondsBefore = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

/** Rows at or past either limit are over, whether or not they were ever checked again. */
const cutoffs = (now: Date, limits: SessionLimits) => ({
  idle: secondsBefore(now, limits.idleSeconds),
  max: secondsBefore(now, limits.maxSeconds),
});

/** The where-clause of a user's sessions that are still live at `now`. */
const liveWhere = (userId: string, now: Date, limits: SessionLimits) => {
  const cutoff = cutoffs(now, limits);
  return { userId, lastSeenAt: { gt: cutoff.idle }, createdAt: { gt: cutoff.max } };
};

/** Records a sign-in, and clears the user's sessions that ended unseen (browsers never seen again). */
export async function startSession(
  prisma: PrismaClient,
  session: { userId: string; device: string; now: Date },
  limits = LIMITS,
): Promise<{ id: string; createdAt: Date }> {
  const { userId, device, now } = session;
  const cutoff = cutoffs(now, limits);
  await prisma.session.deleteMany({ where: { userId, OR: [{ lastSeenAt: { lte: cutoff.idle } }, { createdAt: { lte: cutoff.max } }] } });
  return prisma.session.create({ data: { userId, device, createdAt: now, lastSeenAt: now }, select: { id: true, createdAt: true } });
}

type CheckedRow = { role: Role; name: string | null; created_at: Date };

/**
 * The periodic check, as one statement on the primary key: a live row of this user gets its last
 * seen time and answers with the user's role and name; a row past a limit is deleted; no row (signed
 * out, revoked, account deleted, or over) answers undefined, and the session ends.
 */
export async function checkSession(
  prisma: PrismaClient,
  session: { id: string; userId: string; now: Date },
  limits = LIMITS,
): Promise<LiveSession | undefined> {
  const { id, userId, now } = session;
  const cutoff = cutoffs(now, limits);
  // Times go in as UTC text cast to `timestamp`, the columns' type (Prisma stores UTC there): a
  // typed timestamptz parameter would be compared through the server's TimeZone setting.
  const [at, idle, max] = [now, cutoff.idle, cutoff.max].map((date) => date.toISOString());
  const rows = await prisma.$queryRaw<CheckedRow[]>`
    WITH over AS (
      DELETE FROM sessions
      WHERE id = ${id} AND (last_seen_at <= ${idle}::timestamp OR created_at <= ${max}::timestamp)
    )
    UPDATE sessions AS s SET last_seen_at = ${at}::timestamp
    FROM users AS u
    WHERE s.id = ${id} AND s.user_id = ${userId} AND u.id = s.user_id
      AND s.last_seen_at > ${idle}::timestamp AND s.created_at > ${max}::timestamp
    RETURNING u.role::text AS role, u.name, s.created_at`;
  const row = rows[0];
  return row && { role: row.role, name: row.name, createdAt: row.created_at };
}

/** Ends one session, whoever's it is: sign-out, or the session a new sign-in in the same browser replaces. */
export async function endSession(prisma: PrismaClient, id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}

/** Ends one of the user's sessions; an id that is not theirs matches nothing. Answers whether one ended. */
export async function endSessionOf(prisma: PrismaClient, userId: string, id: string): Promise<boolean> {
  return (await prisma.session.deleteMany({ where: { id, userId } })).count > 0;
}

/** Ends every session of the user but `keepId` (this device); answers how many ended. */
export async function endOtherSessions(prisma: PrismaClient, userId: string, keepId: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId, id: { not: keepId } } })).count;
}

/** The user's live sessions, most recently seen first, for the account page. */
export function liveSessions(prisma: PrismaClient, userId: string, now: Date, limits = LIMITS) {
  return prisma.session.findMany({
    where: liveWhere(userId, now, limits),
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
}

/** When the session must next be checked: one interval from now, or when it reaches its maximum age. */
export function recheckAt(nowSeconds: number, createdAt: Date, refreshSeconds: number, limits = LIMITS): number {
  return Math.min(nowSeconds + refreshSeconds, createdAt.getTime() / 1000 + limits.maxSeconds);
}
