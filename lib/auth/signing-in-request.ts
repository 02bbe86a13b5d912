// What the jwt callback needs from the request that signs a browser in, which Auth.js does not pass
// it: the User-Agent for the device label, and the session cookie the new one replaces.
import { headers } from "next/headers";
import { readRequestSession } from "./session-token-node";

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
  // The cookie is only trusted once decrypted with our own secret.
  const { token } = await readRequestSession();
  return { userAgent, replacedSessionId: token?.sid };
}
