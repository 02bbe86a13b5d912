// The sessions table (Auth.js's Session model plus device columns): one row per signed-in browser,
// its session token carried in the JWT as `sid`. A session lives while its row does; the row goes
// at sign-out, from the account page, with the account, or when the session has been idle for
// SESSION_IDLE_SECONDS or alive for SESSION_MAX_SECONDS (at its next check, at its user's next
// sign-in, or by the scheduled cleanup: lib/auth/cleanup.ts).
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";
import { NEW_DEVICE_EMAILS_PER_HOUR, type SignInOutcome, signInEntryCtes } from "../account/sign-in-entry";
import type { Role } from "../edge/route-rules";
import { pendingAtSignIn } from "../two-factor/pending";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "./session-settings";

export type SessionLimits = { idleSeconds: number; maxSeconds: number };
const LIMITS: SessionLimits = { idleSeconds: SESSION_IDLE_SECONDS, maxSeconds: SESSION_MAX_SECONDS };

/** What a live session's check returns: the user's current role, name and address, and when it began. */
export type LiveSession = { role: Role; name: string | null; email: string; createdAt: Date };

const secondsBefore = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);
const secondsAfter = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

/** Rows at or past either limit are over, whether or not they were ever checked again. */
const cutoffs = (now: Date, limits: SessionLimits) => ({
  idle: secondsBefore(now, limits.idleSeconds),
  max: secondsBefore(now, limits.maxSeconds),
});

/** When a session seen at `seenAt` ends unless seen again: the idle limit, capped by the maximum age. */
const expiresAt = (seenAt: Date, createdAt: Date, limits: SessionLimits) =>
  new Date(Math.min(secondsAfter(seenAt, limits.idleSeconds).getTime(), secondsAfter(createdAt, limits.maxSeconds).getTime()));

// Times go in as UTC text cast to `timestamp`, the columns' type (Prisma stores UTC there): a
// typed timestamptz parameter would be compared through the server's TimeZone setting.
const utc = (date: Date) => date.toISOString();

/** The where-clause of a user's sessions that are still live at `now`. */
const liveWhere = (userId: string, now: Date, limits: SessionLimits) => {
  const cutoff = cutoffs(now, limits);
  return { userId, lastSeenAt: { gt: cutoff.idle }, createdAt: { gt: cutoff.max }, expires: { gt: now } };
};

/**
 * Deletes every session that has ended at `now`, anyone's (the scheduled cleanup): over either limit,
 * or past its `expires` (which Auth.js's database strategy moves on its own); answers how many.
 */
export async function deleteEndedSessions(prisma: PrismaClient, now: Date, limits = LIMITS): Promise<number> {
  const cutoff = cutoffs(now, limits);
  const ended = [{ lastSeenAt: { lte: cutoff.idle } }, { createdAt: { lte: cutoff.max } }, { expires: { lte: now } }];
  return (await prisma.session.deleteMany({ where: { OR: ended } })).count;
}

/** A new session token: 256 random bits, unguessable (also as Auth.js's database-session cookie). */
const newSessionToken = () => randomBytes(32).toString("base64url");

/** What a sign-in's statement answers besides the new session's token and row id. */
export type StartedSession = SignInOutcome & { id: string; sessionToken: string; createdAt: Date; twoFactorPending: boolean };

/**
 * Records a sign-in, in one statement (one round trip of the sign-in's callback): the new row,
 * pending a second factor when the user has two-factor on (pendingAtSignIn); away with the session
 * this browser held until now (`replacedToken`, whoever's it was) and the user's sessions that ended
 * unseen (browsers never seen again); and the security log's "sign-in" entry (signInEntryCtes), with
 * whether to send the new-device email. `ipAddress`: the client's, as the log keeps it (eventAddress).
 */
export async function startSession(
  prisma: PrismaClient,
  session: { userId: string; device: string; now: Date; replacedToken?: string; method?: string; ipAddress?: string | null },
  limits = LIMITS,
  newDeviceEmailsPerHour = NEW_DEVICE_EMAILS_PER_HOUR,
): Promise<StartedSession> {
  const { userId, device, now, replacedToken, method, ipAddress } = session;
  const cutoff = cutoffs(now, limits);
  const sessionToken = newSessionToken();
  const id = randomUUID();
  const entry = signInEntryCtes({ userId, method, device, now, ipAddress: ipAddress ?? null }, newDeviceEmailsPerHour);
  const [row] = await prisma.$queryRaw<[{ created_at: Date; two_factor_pending: boolean; new_device: boolean; alert: boolean }]>`
    WITH gone AS (
      DELETE FROM sessions
      WHERE session_token = ${replacedToken ?? null}
         OR (user_id = ${userId} AND (last_seen_at <= ${utc(cutoff.idle)}::timestamp
                                      OR created_at <= ${utc(cutoff.max)}::timestamp
                                      OR expires <= ${utc(now)}::timestamp))
    ), ${entry}
    INSERT INTO sessions (id, session_token, user_id, expires, device, sign_in_method, created_at, last_seen_at, verified_at,
                          two_factor_pending)
    VALUES (${id}, ${sessionToken}, ${userId}, ${utc(expiresAt(now, now, limits))}::timestamp, ${device}, ${method ?? null},
            ${utc(now)}::timestamp, ${utc(now)}::timestamp, ${utc(now)}::timestamp, ${pendingAtSignIn(userId, method)})
    RETURNING created_at, two_factor_pending,
              (SELECT new_device FROM sign_in_outcome) AS new_device, (SELECT alert FROM sign_in_outcome) AS alert`;
  return { id, sessionToken, createdAt: row.created_at, twoFactorPending: row.two_factor_pending, newDevice: row.new_device, alert: row.alert };
}

type CheckedRow = { role: Role; name: string | null; email: string; created_at: Date };

/**
 * The periodic check, as one statement on the unique session token: a live row of this user gets its
 * last seen time and its new expiry, and answers with the user's role and name; a row past a limit
 * is deleted, and its user's security activity says so ("session-expired"); no row (signed out, revoked,
 * account deleted, or over) answers undefined, and the session ends.
 */
export async function checkSession(
  prisma: PrismaClient,
  session: { sessionToken: string; userId: string; now: Date },
  limits = LIMITS,
): Promise<LiveSession | undefined> {
  const { sessionToken, userId, now } = session;
  const cutoff = cutoffs(now, limits);
  const [at, idle, max, idleEnd] = [now, cutoff.idle, cutoff.max, secondsAfter(now, limits.idleSeconds)].map(utc);
  const rows = await prisma.$queryRaw<CheckedRow[]>`
    WITH over AS (
      DELETE FROM sessions
      WHERE session_token = ${sessionToken}
        AND (last_seen_at <= ${idle}::timestamp OR created_at <= ${max}::timestamp OR expires <= ${at}::timestamp)
      RETURNING user_id, device
    ), logged AS (
      INSERT INTO security_events (user_id, kind, detail, created_at)
      -- As Prisma writes this column (recordSecurityEvent): the UTC wall clock, which it reads back the same way.
      SELECT user_id, 'session-expired', jsonb_strip_nulls(jsonb_build_object('device', device)), ${at}::timestamp FROM over
    )
    UPDATE sessions AS s
    SET last_seen_at = ${at}::timestamp,
        expires = LEAST(${idleEnd}::timestamp, s.created_at + make_interval(secs => ${limits.maxSeconds}))
    FROM users AS u
    WHERE s.session_token = ${sessionToken} AND s.user_id = ${userId} AND u.id = s.user_id
      AND s.last_seen_at > ${idle}::timestamp AND s.created_at > ${max}::timestamp AND s.expires > ${at}::timestamp
    RETURNING u.role::text AS role, u.name, u.email, s.created_at`;
  const row = rows[0];
  return row && { role: row.role, name: row.name, email: row.email, createdAt: row.created_at };
}

/** Ends one session, whoever's it is: sign-out. */
export async function endSession(prisma: PrismaClient, sessionToken: string): Promise<void> {
  await prisma.session.deleteMany({ where: { sessionToken } });
}

/**
 * Ends the user's session whose row is `id` (the account page names rows by id), unless it is the
 * one in use (`currentToken`), in one statement. Another user's id matches nothing.
 */
export async function endSessionOf(
  prisma: PrismaClient,
  session: { userId: string; id: string; currentToken: string | undefined },
): Promise<"ended" | "current" | "gone"> {
  const { userId, id, currentToken } = session;
  const rows = await prisma.$queryRaw<{ current: boolean }[]>`
    WITH target AS (
      SELECT id, session_token IS NOT DISTINCT FROM ${currentToken ?? null} AS current
      FROM sessions WHERE id = ${id} AND user_id = ${userId}
    ), ended AS (
      DELETE FROM sessions AS s USING target AS t WHERE s.id = t.id AND NOT t.current
    )
    SELECT current FROM target`;
  if (!rows[0]) return "gone";
  return rows[0].current ? "current" : "ended";
}

/** Ends every session of the user but the one in use (`keepToken`); answers how many ended. */
export async function endOtherSessions(prisma: PrismaClient, userId: string, keepToken: string): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId, sessionToken: { not: keepToken } } })).count;
}

/**
 * The user's live sessions for the account page, most recently seen first, each saying whether it is
 * the one in use (`currentToken`). The session tokens themselves stay here.
 */
export async function liveSessions(prisma: PrismaClient, userId: string, currentToken: string | undefined, now: Date, limits = LIMITS) {
  const rows = await prisma.session.findMany({
    where: liveWhere(userId, now, limits),
    select: { id: true, sessionToken: true, device: true, signInMethod: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
  });
  return rows.map(({ sessionToken, ...row }) => ({ ...row, current: sessionToken === currentToken }));
}

/** When the session must next be checked: one interval from now, or when it reaches its maximum age. */
export function recheckAt(nowSeconds: number, createdAt: Date, refreshSeconds: number, limits = LIMITS): number {
  return Math.min(nowSeconds + refreshSeconds, maxAgeAt(createdAt, limits));
}

/** Unix seconds when a session begun at `createdAt` reaches SESSION_MAX_SECONDS. */
export const maxAgeAt = (createdAt: Date, limits = LIMITS) => createdAt.getTime() / 1000 + limits.maxSeconds;
