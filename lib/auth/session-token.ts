// What the Node `jwt` callback (auth.ts) does with the session token: at sign-in, a sessions row and
// its session token in the JWT (`sid`); whenever the token says its check is due, one query on that
// row. The edge sends a due token here before deciding anything (lib/edge/session-check.ts), so
// between two checks no request reaches the database on the session's account.
import type { JWT } from "next-auth/jwt";
import type { PrismaClient } from "../../generated/prisma/client";
import { isDatabaseUnavailable, isPoolBusy } from "../db/database-unavailable";
import { deviceLabel } from "./device-label";
import { clearSessionEnded } from "./session-ended-marker";
import { eventAddress } from "../account/security-log";
import { noteSignIn, requestHeaders } from "./sign-in-notice";
import { signingInRequest } from "./signing-in-request";
import { SESSION_REFRESH_SECONDS } from "./session-settings";
import { checkSession, maxAgeAt, recheckAt, startSession } from "./session-store";

const seconds = (date: Date) => date.getTime() / 1000;

/**
 * A new sign-in: its own row, which also replaces the session this browser held until now, and its
 * security log entry, in one statement; the claim `twoFactorPending` when the row is half signed in
 * (lib/two-factor/pending.ts). `method`: Auth.js's provider id of the sign-in ("nodemailer",
 * "passkey", "oidc"…), kept on the row.
 */
export async function startSessionToken(prisma: PrismaClient, token: JWT, now: Date, method?: string): Promise<JWT> {
  // Auth.js sets `sub` to the user's id before it calls back at sign-in.
  const userId = token.sub as string;
  const request = await signingInRequest();
  const headers = await requestHeaders();
  await clearSessionEnded();
  // Signing in again (or linking a provider) replaces this browser's cookie: its old row goes in the
  // same statement, or it would linger on the account page as a device that no longer exists.
  const device = deviceLabel(request.userAgent);
  const session = await startSession(prisma, {
    userId,
    device,
    now,
    replacedToken: request.replacedSessionToken,
    method,
    ipAddress: eventAddress(headers),
  });
  // The new-device email, when the statement says so (sent after the response).
  noteSignIn({ userId, email: token.email, method, device, now, alert: session.alert, headers });
  return {
    ...token,
    ...(session.twoFactorPending ? { twoFactorPending: true } : {}),
    // For the dashboard's "signed in with …", read from the token so that page needs no database.
    ...(method ? { method } : {}),
    sid: session.sessionToken,
    startedAt: seconds(session.createdAt),
    checkedAt: seconds(now),
    recheckAt: recheckAt(seconds(now), session.createdAt, SESSION_REFRESH_SECONDS),
  };
}

/**
 * How long a session whose check could not run may go on: one interval past its last successful
 * check, never past its maximum age. A token without those claims (issued before they existed) has
 * no such grace.
 */
function uncheckedUntil(token: JWT): number {
  if (token.checkedAt === undefined || token.startedAt === undefined) return 0;
  return Math.min(token.checkedAt + 2 * SESSION_REFRESH_SECONDS, maxAgeAt(new Date(token.startedAt * 1000)));
}

/** The periodic check; null ends the session (Auth.js then clears the cookie where it can). */
export async function checkedSessionToken(prisma: PrismaClient, token: JWT, now: Date): Promise<JWT | null> {
  // A token from before sessions had rows cannot be revoked: it ends, and its user signs in again.
  if (!token.sub || !token.sid) return null;
  let live;
  try {
    live = await checkSession(prisma, { sessionToken: token.sid, userId: token.sub, now });
  } catch (error) {
    // Anything but an outage or a busy pool (a missing migration, a bug) must not keep revoked
    // sessions alive: it fails the check, and Auth.js drops the cookie.
    if (!isDatabaseUnavailable(error)) throw error;
    // A database that does not answer, or a pool whose connections are all taken (load), must not
    // sign everyone out at once; but neither may stretch the revocation bound without end: the
    // session is kept, unchecked, for at most one more interval (and never past its maximum age).
    const until = uncheckedUntil(token);
    const why = isPoolBusy(error) ? "every database connection was busy" : "the database did not answer";
    if (seconds(now) >= until) {
      console.error(`session check: ${why}, and the session has gone unchecked as long as it may: ending it`);
      return null;
    }
    console.error(`session check: ${why}, keeping the session unchecked until ${new Date(until * 1000).toISOString()} at the latest`, error);
    return { ...token, recheckAt: Math.min(seconds(now) + SESSION_REFRESH_SECONDS, until) };
  }
  if (!live) return null;
  return {
    ...token,
    role: live.role,
    name: live.name,
    // The address can change (lib/account/email-change.ts); the header shows this one.
    email: live.email,
    startedAt: seconds(live.createdAt),
    checkedAt: seconds(now),
    recheckAt: recheckAt(seconds(now), live.createdAt, SESSION_REFRESH_SECONDS),
  };
}
