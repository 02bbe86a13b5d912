// Runs on the Edge runtime before every matched request. It reads the session JWT from the cookie
// and applies auth.config.ts's `authorized` rules to it, and nothing else of Auth.js: no handler,
// no CSRF or callback-URL cookie, no re-issued session cookie (only the Node side writes that), so
// the bundle holds the JWT decryption and the rules. It never touches the database.
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./auth.config";
import { authJsAcceptsCallbackUrl } from "./lib/edge/callback-url-cookie";
import { cleanMisreadCookies } from "./lib/edge/misread-cookies";
import { serverActionBodyRefusal } from "./lib/edge/server-action-body";
import { crossOriginServerActionRefusal, isCrossOriginServerAction } from "./lib/edge/server-action-origin";
import { withClearing } from "./lib/edge/session-cookie";
import { sessionFromToken } from "./lib/edge/session-from-token";
import { atServedOrigin, atSiteUrl } from "./lib/edge/site-url";

export default async function middleware(incoming: NextRequest): Promise<Response> {
  // Before anything else: Next.js would refuse these with a 500 (lib/edge/server-action-*.ts).
  if (isCrossOriginServerAction(incoming)) return crossOriginServerActionRefusal();
  const oversized = serverActionBodyRefusal(incoming);
  if (oversized) return oversized;
  const secrets = authConfig.secret;
  if (!secrets) throw new Error("AUTH_SECRET is not set: add it to the environment (`npm run secret` prints a new one)");

  const request = atSiteUrl(incoming);
  // The page, server action or route handler behind this gets the session the app verified and no
  // cookie Auth.js would read otherwise (lib/edge/session-token.ts).
  const cookies = await cleanMisreadCookies(request.headers, secrets, authJsAcceptsCallbackUrl);
  if (cookies.refusal) {
    return withClearing(new Response(cookies.refusal, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }), cookies.clearing);
  }
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
  return withClearing(atServedRewrite(response, incoming.nextUrl, cleaned), cookies.clearing);
}

/** A rewrite (the 403 page) moved back to the origin Next.js serves, and given the cleaned request headers if any. */
function atServedRewrite(response: Response, served: URL, cleaned: Headers | undefined): Response {
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (!rewrite) return response;
  const out = new Headers(response.headers);
  out.set("x-middleware-rewrite", atServedOrigin(rewrite, served));
  const passOn = cleaned ? NextResponse.next({ request: { headers: cleaned } }).headers : [];
  for (const [name, value] of passOn) {
    if (name.startsWith("x-middleware-request-") || name === "x-middleware-override-headers") out.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: out });
}

export const config = {
  // Everything except Auth.js's own routes (lib/auth/auth-route.ts cleans their cookies), Next's
  // assets and static files (none of which reads the session).
  matcher: ["/((?!api/auth(?:/|$)|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml)$).*)"],
};
