// When the edge must let the Node side check a session before deciding a request. The Node `jwt`
// callback (auth.ts) writes into the token when its next database check is due (`recheckAt`, unix
// seconds): the edge needs no setting and no database, only the token and the clock.
import type { Role } from "../../generated/prisma/enums";

/** The Node route that checks a due session, re-issues (or clears) its cookie and sends the browser back. */
export const SESSION_REFRESH_PATH = "/api/session/refresh";
/** The query parameter that carries where to go back to. */
export const RETURN_TO_PARAM = "to";

/** Where a browser whose session was ended elsewhere (or expired) is told so. */
export const SESSION_ENDED_PAGE = "/session-ended";
/**
 * Set with the cleared session cookie when a check ends a session. The request that meets the end
 * is often not a page load (a prefetch, an API call): this cookie lets the next protected page load
 * explain why instead of showing the sign-in page. Removed at the next sign-in.
 */
export const SESSION_ENDED_COOKIE = "session-ended";

/** The session claims the edge decides from; the JWT's `role` and `recheckAt` (types/next-auth.d.ts). */
export type SessionClaims = { role?: Role; recheckAt?: number };

/**
 * Whether the session must be checked against its row now. A token without `recheckAt` predates
 * session checks: it is due at once. `leewaySeconds` shifts the due time: negative where a check can
 * re-issue the cookie (the Node side checks a little early, so an edge whose clock runs ahead never
 * sends a request back and forth), positive where it cannot (a server component, which would check on
 * every request until the edge's own clock says due).
 */
export const checkIsDue = (claims: SessionClaims, nowSeconds: number, leewaySeconds = 0) =>
  claims.recheckAt === undefined || nowSeconds >= claims.recheckAt + leewaySeconds;

/** Where the edge redirects a request whose session is due, remembering the request's own path. */
export function sessionRefreshUrl(requestUrl: URL): URL {
  const url = new URL(SESSION_REFRESH_PATH, requestUrl);
  url.searchParams.set(RETURN_TO_PARAM, `${requestUrl.pathname}${requestUrl.search}`);
  return url;
}
