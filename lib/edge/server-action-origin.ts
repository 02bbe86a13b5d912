// Next.js checks that a server action comes from a page of this host (its CSRF defence), but it
// refuses with a 500, and an Origin it cannot parse ("", "http://") throws, a 500 as well
// (vercel/next.js#92703). The middleware runs first and refuses the same requests with a 403.
// The test is Next's own (next/dist/server/app-render/action-handler.js): the Origin's host against
// the first X-Forwarded-Host entry, else Host, and a request without Origin passes. Next's
// serverActions.allowedOrigins is not set in next.config.mjs; this check would need the same list.
import { isApiPath } from "./route-rules";

/** Whether Next.js takes the request for a server action: a POST to a page with the action header, or a multipart form. */
export function isServerActionRequest(method: string, pathname: string, headers: Headers): boolean {
  if (method !== "POST" || isApiPath(pathname)) return false;
  return headers.has("next-action") || (headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
};

/** A server action whose Origin names another host, or none Next can read ("null", "", "http://"). */
export function isCrossOriginServerAction(request: { method: string; nextUrl: URL; headers: Headers }): boolean {
  const origin = request.headers.get("origin");
  if (origin === null || !isServerActionRequest(request.method, request.nextUrl.pathname, request.headers)) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return origin === "null" || !host || hostOf(origin) !== host;
}

export const crossOriginServerActionRefusal = () =>
  new Response("This form was sent from another site.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
