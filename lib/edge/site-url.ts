// Behind a proxy that ends TLS, the URL Next.js sees (http://internal:3000/…) is not the site's;
// redirects built from it would send people there. Like next-auth's own middleware (reqWithEnvURL in
// next-auth/lib/env.js), rules see the request at AUTH_URL's origin when it is set.
import { NextRequest } from "next/server";
import { siteUrl } from "../env/settings";
import type { Env } from "./env";

export function atSiteUrl(request: NextRequest, env?: Env): NextRequest {
  const origin = siteUrl(env)?.origin;
  if (!origin || origin === request.nextUrl.origin) return request;
  return new NextRequest(request.nextUrl.href.replace(request.nextUrl.origin, origin), request);
}

/**
 * A rewrite target built on the site's origin, moved back to the origin Next.js serves: a rewrite
 * to another origin is proxied over the network.
 */
export function atServedOrigin(target: string, served: URL): string {
  const url = new URL(target, served);
  return `${served.origin}${url.pathname}${url.search}`;
}
