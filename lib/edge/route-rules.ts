// Which paths need a signed-in user or an admin. Read by the edge middleware on every request,
// from the JWT alone: keep this module free of database and Node-only imports.
import type { Role } from "../../generated/prisma/enums";
import { checkIsDue, SESSION_REFRESH_PATH, type SessionClaims } from "./session-check";

export type { Role };

/** Each prefix and the least role that may open it. */
export const protectedRoutes: { prefix: string; access: Role }[] = [
  { prefix: "/dashboard", access: "user" },
  { prefix: "/account", access: "user" },
  { prefix: "/api/me", access: "user" },
  { prefix: "/admin", access: "admin" },
  { prefix: "/api/admin", access: "admin" },
];

/** Pages a signed-in user has no reason to see; they are sent on to HOME_FOR_SIGNED_IN. */
const guestOnlyRoutes = ["/signin"];
export const HOME_FOR_SIGNED_IN = "/dashboard";
/**
 * The second step of sign-in (app/two-factor): the only page a half-signed-in session may open
 * (its server action posts here too). Sign-out and the session read are Auth.js's routes, which
 * the middleware does not see.
 */
export const TWO_FACTOR_PAGE = "/two-factor";
/** Where sign-in methods are linked; a failed link's error is shown there. */
export const ACCOUNT_PAGE = "/account";

/**
 * "check-session": the session is due for its database check, which only the Node side can do.
 * "session-ended": a signed-out visitor of a protected page whose session was just ended elsewhere.
 * "two-factor": a half-signed-in session (first factor only) asking for any other page.
 */
export type Decision = "allow" | "sign-in" | "unauthorized" | "forbidden" | "signed-in" | "check-session" | "session-ended" | "two-factor";

/** What the rules read from the JWT: SessionClaims, and whether the second factor is still owed. */
export type RouteClaims = SessionClaims & { twoFactorPending?: boolean };

const matches = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export const isApiPath = (pathname: string) => matches(pathname, "/api");

/**
 * Decides a request from its path, the session's claims (undefined: signed out), the time, and
 * whether this browser's session was just ended by a check (SESSION_ENDED_COOKIE).
 */
export function decide(pathname: string, user: RouteClaims | undefined, nowSeconds: number, sessionEnded = false): Decision {
  // Every path, public ones too: the cookie is renewed there, and the page shows who is signed in.
  if (user && pathname !== SESSION_REFRESH_PATH && checkIsDue(user, nowSeconds)) return "check-session";
  // Public pages too: a half-signed-in session must not pass for signed in anywhere (the header
  // would show the user; a page's server action would run for them).
  if (user?.twoFactorPending) {
    if (pathname === TWO_FACTOR_PAGE || pathname === SESSION_REFRESH_PATH) return "allow";
    return isApiPath(pathname) ? "unauthorized" : "two-factor";
  }
  if (user && guestOnlyRoutes.some((route) => matches(pathname, route))) return "signed-in";
  const rule = protectedRoutes.find((route) => matches(pathname, route.prefix));
  if (!rule) return "allow";
  if (!user) return isApiPath(pathname) ? "unauthorized" : sessionEnded ? "session-ended" : "sign-in";
  if (rule.access === "admin" && user.role !== "admin") return "forbidden";
  return "allow";
}
