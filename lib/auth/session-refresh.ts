// The Node side of a due session (lib/edge/session-check.ts): the edge redirects any request whose
// token is due to this handler, which runs Auth.js's own session endpoint (the jwt callback in
// auth.ts checks the row and writes the new token, or ends the session) and answers with a redirect
// back to the original URL, carrying the new cookie or the cleared one. Every kind of request takes
// the same path: a page, a client-side navigation or prefetch (RSC), an API call, a server action or
// a form post (307 repeats the method and body, both ways).
import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { isSessionCookieName } from "../edge/session-cookie";
import { RETURN_TO_PARAM, SESSION_ENDED_PAGE } from "../edge/session-check";
import { safeCallbackUrl } from "./safe-callback-url";
import { sessionEndedCookie } from "./session-ended-marker";

export async function refreshedSessionResponse(request: NextRequest): Promise<Response> {
  // Only a path on this site: anyone can link here with any parameter.
  const back = safeCallbackUrl(request.nextUrl.searchParams.get(RETURN_TO_PARAM), []);
  const sessionCookies = request.cookies.getAll().filter(({ name }) => isSessionCookieName(name));
  const sessionRequest = new NextRequest(new URL("/api/auth/session", request.url), {
    headers: { cookie: request.headers.get("cookie") ?? "" },
  });
  const answer = await handlers.GET(sessionRequest);
  // Redirecting back without a new cookie would come straight back here.
  if (!answer.ok) return new Response("The session could not be checked. Try again in a moment.", { status: 503 });
  const session: unknown = await answer.json();
  const ended = sessionCookies.length > 0 && !session;
  // A person opening a page learns why they are signed out at once; after any other request, at the
  // next protected page (the edge reads the marker). The request itself sees a signed-out session.
  const navigation = request.headers.get("sec-fetch-mode") === "navigate";
  const response = new Response(null, {
    status: ended && navigation ? 303 : 307,
    headers: { location: ended && navigation ? SESSION_ENDED_PAGE : back, "cache-control": "no-store" },
  });
  for (const cookie of answer.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  if (ended) response.headers.append("set-cookie", sessionEndedCookie(sessionCookies.some(({ name }) => name.startsWith("__Secure-"))));
  return response;
}
