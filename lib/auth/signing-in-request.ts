// What the jwt callback needs from the request that signs a browser in, which Auth.js does not pass
// it: the User-Agent for the device label, and the session cookie the new one replaces.
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { authSecrets } from "../edge/auth-secrets";
import { isSessionCookieName } from "../edge/session-cookie";

export type SigningInRequest = { userAgent?: string; replacedSessionId?: string };

export async function signingInRequest(): Promise<SigningInRequest> {
  let requestHeaders: Headers;
  try {
    requestHeaders = new Headers(await headers());
  } catch {
    // Outside a request (a script calling Auth.js): nothing to read.
    return {};
  }
  const userAgent = requestHeaders.get("user-agent") ?? undefined;
  const names = (await cookies()).getAll().map((cookie) => cookie.name).filter(isSessionCookieName);
  if (names.length === 0) return { userAgent };
  // The cookie is only trusted once decrypted with our own secret.
  const secureCookie = names.some((name) => name.startsWith("__Secure-"));
  const replaced = await getToken({ req: { headers: requestHeaders }, secret: authSecrets(), secureCookie });
  return { userAgent, replacedSessionId: replaced?.sid };
}
