// Runs on the Edge runtime before every matched request, with the edge-safe config only:
// it decides from the JWT in the cookie and never touches the database.
import NextAuth from "next-auth";
import { NextRequest, NextResponse, type NextFetchEvent, type NextMiddleware } from "next/server";
import { authConfig } from "./auth.config";
import { authJsAcceptsCallbackUrl, clearingCookies, withoutCallbackUrlCookies } from "./lib/edge/callback-url-cookie";
import { withoutRolledSessionCookie } from "./lib/edge/session-cookie";

// Called as (request, event), Auth.js's `auth` is the middleware itself; its types only describe
// the wrapper forms, whose handler would also run for requests `authorized` refused.
const authMiddleware = NextAuth(authConfig).auth as unknown as NextMiddleware;

export default async function middleware(request: NextRequest, event: NextFetchEvent) {
  const cookies = withoutCallbackUrlCookies(request.headers.get("cookie") ?? "", authJsAcceptsCallbackUrl);
  if (cookies.refused.length === 0) return settle(await authMiddleware(request, event));

  // A callback-URL cookie Auth.js would fail on: the session is read without it, here and by the
  // page (the request headers passed on), and the browser is told to delete it.
  const headers = new Headers(request.headers);
  headers.set("cookie", cookies.header);
  const response = settle(await authMiddleware(new NextRequest(request, { headers }), event));
  if (!(response instanceof Response)) return response;
  const out = new Headers(response.headers);
  // Next.js passes overridden request headers on only with a response that continues to the page.
  if (out.has("x-middleware-next") || out.has("x-middleware-rewrite")) {
    for (const [name, value] of NextResponse.next({ request: { headers } }).headers) {
      if (name.startsWith("x-middleware-request-") || name === "x-middleware-override-headers") out.set(name, value);
    }
  }
  for (const cookie of clearingCookies(cookies.refused)) out.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
}

const settle = (response: Awaited<ReturnType<NextMiddleware>>) =>
  response instanceof Response ? withoutRolledSessionCookie(response) : response;

export const config = {
  // Everything except Auth.js's own routes, Next's assets and static files.
  matcher: ["/((?!api/auth(?:/|$)|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
