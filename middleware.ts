// Runs on the Edge runtime before every matched request. It reads the session JWT from the cookie
// and applies auth.config.ts's `authorized` rules to it, and nothing else of Auth.js: no handler,
// no CSRF or callback-URL cookie, no re-issued session cookie (only the Node side writes that), so
// the bundle holds the JWT decryption and the rules. It never touches the database.
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { authJsAcceptsCallbackUrl } from "./lib/edge/callback-url-cookie";
import { cleanMisreadCookies } from "./lib/edge/misread-cookies";
import { crossOriginServerActionRefusal, isCrossOriginServerAction } from "./lib/edge/server-action-origin";
import { sessionFromToken } from "./lib/edge/session-from-token";
import { atServedOrigin, atSiteUrl } from "./lib/edge/site-url";

export default async function middleware(incoming: NextRequest): Promise<Response> {
  // Before anything else: Next.js would refuse it with a 500 (lib/edge/server-action-origin.ts).
  if (isCrossOriginServerAction(incoming)) return crossOriginServerActionRefusal();
  const secrets = authConfig.secret;
  if (!secrets) throw new Error("AUTH_SECRET is not set: add it to the environment (`npm run secret` prints a new one)");

  const request = atSiteUrl(incoming);
  // Cookies Auth.js would misread are left out of what the page and the routes behind it get.
  const cookies = await cleanMisreadCookies(request.headers, secrets, authJsAcceptsCallbackUrl);
  const token = cookies.session.token;
  const auth = token ? sessionFromToken(token) : null;
  const verdict = await authConfig.callbacks.authorized({ auth, request });
  let cleaned: Headers | undefined;
  if (cookies.header !== undefined) {
    cleaned = new Headers(incoming.headers);
    cleaned.set("cookie", cookies.header);
  }

  let response: Response;
  if (verdict instanceof Response) response = verdict;
  else if (verdict) response = cleaned ? NextResponse.next({ request: { headers: cleaned } }) : NextResponse.next();
  else {
    const signIn = new URL(authConfig.pages.signIn, request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.href);
    response = NextResponse.redirect(signIn);
  }
  return finish(response, { served: incoming.nextUrl, cleaned, clearing: cookies.clearing });
}

/**
 * The response as it leaves: a rewrite (the 403 page) moved back to the origin Next.js serves and
 * given the cleaned request headers if any, and misread cookies deleted in the browser.
 */
function finish(response: Response, options: { served: URL; cleaned?: Headers; clearing: string[] }): Response {
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (!rewrite && options.clearing.length === 0) return response;
  const out = new Headers(response.headers);
  if (rewrite) {
    out.set("x-middleware-rewrite", atServedOrigin(rewrite, options.served));
    const passOn = options.cleaned ? NextResponse.next({ request: { headers: options.cleaned } }).headers : [];
    for (const [name, value] of passOn) {
      if (name.startsWith("x-middleware-request-") || name === "x-middleware-override-headers") out.set(name, value);
    }
  }
  for (const cookie of options.clearing) out.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
}

export const config = {
  // Everything except Auth.js's own routes, Next's assets and static files.
  matcher: ["/((?!api/auth(?:/|$)|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
