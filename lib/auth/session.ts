// The session as server components and route handlers see it: read once per request however many
// components ask (the layout, the header and the page), and a way out when the cookie outlived its
// session. The JWT is decrypted here directly (lib/edge/session-token.ts) rather than through
// Auth.js's handler, which would also make a CSRF token and re-encrypt a cookie that a server
// component cannot set. Only a token due for its database check goes through Auth.js, whose `jwt`
// callback (auth.ts) checks the row; the edge sends those through /api/session/refresh first, so
// that happens only on paths the middleware does not match.
import type { Session } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { CLOCK_SKEW_SECONDS } from "../edge/constants";
import { TWO_FACTOR_PAGE } from "../edge/route-rules";
import { SESSION_ENDED_PAGE, checkIsDue } from "../edge/session-check";
import { isSessionCookieName } from "../edge/session-cookie";
import { sessionFromToken } from "../edge/session-from-token";
import { readRequestSession } from "./session-token-node";

export const currentSession = cache(async (): Promise<Session | null> => {
  const { token } = await readRequestSession();
  if (!token) return null;
  // A little late: a server component cannot re-issue the cookie, and the edge (whose clock may lag
  // this one) sends a due session through the check before it gets here.
  if (checkIsDue(token, Date.now() / 1000, CLOCK_SKEW_SECONDS)) return auth();
  return sessionFromToken(token);
});

/** The signed-in user's session, for pages the middleware already protects. */
export async function requireSession() {
  const session = await currentSession();
  // The edge already keeps a half-signed-in session on the two-factor page; this covers a matcher that misses.
  if (session?.twoFactorPending) redirect(TWO_FACTOR_PAGE);
  if (session?.user) return session;
  // The edge trusts a cookie whose user the Node side no longer finds (the account was deleted
  // elsewhere): /signin would send that visitor straight back, so the cookie must go first.
  const cookie = (await cookies()).getAll().some(({ name }) => isSessionCookieName(name));
  redirect(cookie ? SESSION_ENDED_PAGE : "/signin");
}
