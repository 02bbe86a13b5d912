// Cookies Auth.js would misread, planted by a sibling subdomain or left over from an old session: a
// callback URL it fails on (callback-url-cookie.ts), cookies it would read as part of the session
// that are not the session the app verified (session-token.ts). Both the edge (for pages, server
// actions and the route handlers behind it) and the guard in front of Auth.js's own routes
// (lib/auth/auth-route.ts) pass the request on without them and tell the browser to delete those
// it can; a request Auth.js would still read otherwise is refused (`refusal`).
import { refusedCallbackUrlCookies } from "./callback-url-cookie";
import { cookieHeaderWithout } from "./cookie-header";
import { clearableJunk, readSessionCookie, type SessionCookieRead } from "./session-token";
import { clearingCookies, sessionCookieName } from "./session-cookie";

export type CookieCleanup = {
  /** The session as read, junk set aside. */
  session: SessionCookieRead;
  /** The Cookie header to pass on instead of the request's, when anything was misread. */
  header?: string;
  /** Set-Cookie values deleting what can be deleted. */
  clearing: string[];
  /** A sentence for the refusal, when the app cannot tell which session Auth.js would read. */
  refusal?: string;
};

export const UNREADABLE_SESSION_COOKIES =
  "This request carries session cookies this site cannot read unambiguously. Delete this site's cookies in your browser, then sign in again.";

/**
 * `keepCallbackUrl`: whether a callback-URL cookie's value may reach Auth.js. `cookieName`: the
 * session cookie's name Auth.js will use for this request (session-cookie.ts); by default the one
 * of `auth()` called from a page or a server action.
 */
export async function cleanMisreadCookies(
  headers: Headers,
  secrets: readonly string[],
  keepCallbackUrl: (value: string) => boolean,
  options: { cookieName?: string } = {},
): Promise<CookieCleanup> {
  const session = await readSessionCookie(headers, secrets, options.cookieName ?? sessionCookieName(headers));
  const refused = refusedCallbackUrlCookies(session.cookies, keepCallbackUrl);
  const misread = [...refused, ...session.junk];
  return {
    session,
    header: misread.length ? cookieHeaderWithout(session.cookies, misread) : undefined,
    clearing: clearingCookies([...new Set(refused.map((cookie) => cookie.name)), ...clearableJunk(session)]),
    ...(session.unreadable ? { refusal: UNREADABLE_SESSION_COOKIES } : {}),
  };
}
