// What the Node `jwt` callback (auth.ts) does with the session token: at sign-in, a sessions row and
// its id in the token; whenever the token says its check is due, one query on that row. The edge
// sends a due token here before deciding anything (lib/edge/session-check.ts), so between two checks
// no request reaches the database on the session's account.
import type { JWT } from "next-auth/jwt";
import type { PrismaClient } from "../../generated/prisma/client";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { deviceLabel } from "./device-label";
import { clearSessionEnded } from "./session-ended-marker";
import { signingInRequest } from "./signing-in-request";
import { SESSION_REFRESH_SECONDS } from "./session-settings";
import { checkSession, endSession, recheckAt, startSession } from "./session-store";

const seconds = (date: Date) => date.getTime() / 1000;

/** A new sign-in: its own row, which also replaces the session this browser held until now. */
export async function startSessionToken(prisma: PrismaClient, token: JWT, now: Date): Promise<JWT> {
  // Auth.js sets `sub` to the user's id before it calls back at sign-in.
  const userId = token.sub as string;
  const request = await signingInRequest();
  // Signing in again (or linking a provider) replaces this browser's cookie: its old row would
  // otherwise linger on the account page as a device that no longer exists.
  if (request.replacedSessionId) await endSession(prisma, request.replacedSessionId);
  await clearSessionEnded();
  const session = await startSession(prisma, { userId, device: deviceLabel(request.userAgent), now });
  return { ...token, sid: session.id, recheckAt: recheckAt(seconds(now), session.createdAt, SESSION_REFRESH_SECONDS) };
}

/** The periodic check; null ends the session (Auth.js then clears the cookie where it can). */
export async function checkedSessionToken(prisma: PrismaClient, token: JWT, now: Date): Promise<JWT | null> {
  // A token from before sessions had rows cannot be revoked: it ends, and its user signs in again.
  if (!token.sub || !token.sid) return null;
  let live;
  try {
    live = await checkSession(prisma, { id: token.sid, userId: token.sub, now });
  } catch (error) {
    // Anything but an outage (a missing migration, a bug) must not keep revoked sessions alive: it
    // fails the check, and Auth.js drops the cookie.
    if (!isDatabaseUnavailable(error)) throw error;
    // A database that does not answer must not sign everyone out: keep the session as it is and
    // check again one interval later.
    console.error("session check: the database did not answer, keeping the session until the next check", error);
    return { ...token, recheckAt: seconds(now) + SESSION_REFRESH_SECONDS };
  }
  if (!live) return null;
  return { ...token, role: live.role, name: live.name, recheckAt: recheckAt(seconds(now), live.createdAt, SESSION_REFRESH_SECONDS) };
}
