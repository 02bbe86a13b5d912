// Cookies Auth.js would misread, planted by a sibling subdomain or left over from an old session: a
// callback URL it fails on (callback-url-cookie.ts), session cookies that are not the session's
// (session-token.ts). Both the edge (for pages, server actions and /api/session/refresh) and the
// guard in front of Auth.js's own routes (lib/auth/auth-route.ts) pass the request on without them
// and tell the browser to delete those it can.
import { refusedCallbackUrlCookies } from "./callback-url-cookie";
import { cookieHeaderWithout } from "./cookie-header";
import { clearableJunk, readSessionCookie, type SessionCookieRead } from "./session-token";
import { clearingCookies } from "./session-cookie";

export type CookieCleanup = {
  /** The session as read, junk set aside. */
  session: SessionCookieRead;
  /** The Cookie header to pass on instead of the request's, when anything was misread. */
  header?: string;
  /** Set-Cookie values deleting what can be deleted. */
  clearing: string[];
};

/** `keepCallbackUrl`: whether a callback-URL cookie's value may reach Auth.js. */
export async function cleanMisreadCookies(headers: Headers, secrets: readonly string[], keepCallbackUrl: (value: string) => boolean): Promise<CookieCleanup> {
  const session = await readSessionCookie(headers, secrets);
  const refused = refusedCallbackUrlCookies(session.cookies, keepCallbackUrl);
  const misread = [...refused, ...session.junk];
  return {
    session,
    header: misread.length ? cookieHeaderWithout(session.cookies, misread) : undefined,
    clearing: clearingCookies([...new Set(refused.map((cookie) => cookie.name)), ...clearableJunk(session)]),
  };
}
