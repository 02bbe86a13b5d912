// Runs on the Edge runtime before every matched request, with the edge-safe config only:
// it decides from the JWT in the cookie and never touches the database.
import NextAuth from "next-auth";
import type { NextFetchEvent, NextMiddleware, NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { withoutRolledSessionCookie } from "./lib/edge/session-cookie";

// Called as (request, event), Auth.js's `auth` is the middleware itself; its types only describe
// the wrapper forms, whose handler would also run for requests `authorized` refused.
const authMiddleware = NextAuth(authConfig).auth as unknown as NextMiddleware;

export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  const response = await authMiddleware(request, event);
  return response instanceof Response ? withoutRolledSessionCookie(response) : response;
}

export const config = {
  // Everything except Auth.js's own routes, Next's assets and static files.
  matcher: ["/((?!api/auth(?:/|$)|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
