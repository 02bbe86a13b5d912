// The session cookie of the request being handled (server components, server actions, route
// handlers), read as the edge reads it (lib/edge/session-token.ts), under the name Auth.js's
// `auth()` uses for this request.
import { headers } from "next/headers";
import { authConfig } from "@/auth.config";
import { readSessionCookie, type SessionCookieRead } from "../edge/session-token";
import { sessionCookieName } from "../edge/session-cookie";

export async function readRequestSession(): Promise<SessionCookieRead> {
  const requestHeaders = await headers();
  return readSessionCookie(requestHeaders, authConfig.secret ?? [], sessionCookieName(requestHeaders));
}
