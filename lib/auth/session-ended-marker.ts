// The SESSION_ENDED_COOKIE (lib/edge/session-check.ts): written by the session check that ends a
// session, read by the edge, removed when the browser signs in again or leaves /session-ended.
import { cookies } from "next/headers";
import { SESSION_ENDED_COOKIE } from "../edge/session-check";

// Long enough for the person to come back to the tab; it only changes where a signed-out page load goes.
const MAX_AGE_SECONDS = 600;

/** The Set-Cookie header; Secure whenever the session cookie was (`__Secure-` names, on https). */
export const sessionEndedCookie = (secure: boolean) =>
  `${SESSION_ENDED_COOKIE}=1; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;

/** Where cookies can be written (route handlers, server actions); a no-op anywhere else. */
export async function clearSessionEnded(): Promise<void> {
  try {
    const jar = await cookies();
    if (jar.has(SESSION_ENDED_COOKIE)) jar.delete(SESSION_ENDED_COOKIE);
  } catch {
    // Outside a request, or where cookies are read-only: nothing to clear from here.
  }
}
