// Which paths need a signed-in user or an admin. Read by the edge middleware on every request,
// from the JWT alone: keep this module free of database and Node-only imports.
import type { Role } from "../../generated/prisma/enums";

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
/** Where sign-in methods are linked; a failed link's error is shown there. */
export const ACCOUNT_PAGE = "/account";

export type Decision = "allow" | "sign-in" | "unauthorized" | "forbidden" | "signed-in";

const matches = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export const isApiPath = (pathname: string) => matches(pathname, "/api");

export function decide(pathname: string, user: { role?: Role } | undefined): Decision {
  if (user && guestOnlyRoutes.some((route) => matches(pathname, route))) return "signed-in";
  const rule = protectedRoutes.find((route) => matches(pathname, route.prefix));
  if (!rule) return "allow";
  if (!user) return isApiPath(pathname) ? "unauthorized" : "sign-in";
  if (rule.access === "admin" && user.role !== "admin") return "forbidden";
  return "allow";
}
