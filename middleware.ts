// Runs on the Edge runtime before every matched request. It reads the session JWT from the cookie
// and applies auth.config.ts's `authorized` rules to it, and nothing else of Auth.js: no handler,
// no CSRF or callback-URL cookie, no re-issued session cookie (only the Node side writes that), so
// the bundle holds the JWT decryption and the rules. It never touches the database.
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { authJsAcceptsCallbackUrl, refusedCallbackUrlCookies } from "./lib/edge/callback-url-cookie";
import { cookieHeaderWithout } from "./lib/edge/cookie-header";
import { crossOriginServerActionRefusal, isCrossOriginServerAction } from "./lib/edge/server-action-origin";
import { clearingCookies } from "./lib/edge/session-cookie";
import { sessionFromToken } from "./lib/edge/session-from-token";
import { clearableJunk, readSessionCookie } from "./lib/edge/session-token";
import { atServedOrigin, atSiteUrl } from "./lib/edge/site-url";

export default async function middleware(incoming: NextRequest): Promise<Response> {
  // Before anything else: Next.js would refuse it with a 500 (lib/edge/server-action-origin.ts).
  if (isCrossOriginServerAction(incoming)) return crossOriginServerActionRefusal();
  const secrets = authConfig.secret;
  if (!secrets) throw new Error("AUTH_SECRET is not set: run `npx auth secret` or add it to the environment");

  const request = atSiteUrl(incoming);
  const read = await readSessionCookie(request.headers, secrets);
  const auth = read.token ? sessionFromToken(read.token) : null;
  const verdict = await authConfig.callbacks.authorized({ auth, request });

  // Cookies Auth.js would misread, planted by a sibling subdomain or left over: a callback URL it
  // fails on (lib/edge/callback-url-cookie.ts), session cookies that are not the session's
  // (lib/edge/session-token.ts). The page and the routes behind it get the request without them, and
  // the browser is told to delete them where it can be.
  const refusedCallbackUrls = refusedCallbackUrlCookies(read.cookies, authJsAcceptsCallbackUrl);
  let cleaned: Headers | undefined;
  if (refusedCallbackUrls.length || read.junk.length) {
    cleaned = new Headers(incoming.headers);
    cleaned.set("cookie", cookieHeaderWithout(read.cookies, [...refusedCallbackUrls, ...read.junk]));
  }
  const clear = [...new Set(refusedCallbackUrls.map((cookie) => cookie.name)), ...clearableJunk(read)];

  let response: Response;
  if (verdict instanceof Response) response = verdict;
  else if (verdict) response = cleaned ? NextResponse.next({ request: { headers: cleaned } }) : NextResponse.next();
  else {
    const signIn = new URL(authConfig.pages.signIn, request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  }
  return finish(response, { served: incoming.nextUrl, cleaned, clear });
}

/**
 * The response as it leaves: a rewrite (the 403 page) moved back to the origin Next.js serves and
 * given the cleaned request headers if any, and misread cookies deleted in the browser.
 */
function finish(response: Response, options: { served: URL; cleaned?: Headers; clear: string[] }): Response {
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (!rewrite && options.clear.length === 0) return response;
  const out = new Headers(response.headers);
  if (rewrite) {
    out.set("x-middleware-rewrite", atServedOrigin(rewrite, options.served));
    const passOn = options.cleaned ? NextResponse.next({ request: { headers: options.cleaned } }).headers : [];
    for (const [name, value] of passOn) {
      if (name.startsWith("x-middleware-request-") || name === "x-middleware-override-headers") out.set(name, value);
    }
  }
  for (const cookie of clearingCookies(options.clear)) out.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
}

export const config = {
  // Everything except Auth.js's own routes, Next's assets and static files.
  matcher: ["/((?!api/auth(?:/|$)|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
