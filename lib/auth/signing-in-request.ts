// What the jwt callback needs from the request that signs a browser in, which Auth.js does not pass
// it: the User-Agent for the device label, and the session cookie the new one replaces.
import { headers } from "next/headers";
import { readRequestSession } from "./session-token-node";

export type SigningInRequest = { userAgent?: string; replacedSessionToken?: string };

export async function signingInRequest(): Promise<SigningInRequest> {
  let userAgent: string | undefined;
  try {
    userAgent = (await headers()).get("user-agent") ?? undefined;
  } catch {
    // Outside a request (a script calling Auth.js): nothing to read.
    return {};
  }
  // The cookie is only trusted once decrypted with our own secret.
  const { token } = await readRequestSession();
  return { userAgent, replacedSessionToken: token?.sid };
}
