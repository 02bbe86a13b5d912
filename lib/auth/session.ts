// The session as server components see it: read once per request however many components ask
// (the layout, the header and the page), and a way out when the cookie outlived its user.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { isSessionCookieName } from "../edge/session-cookie";
import { SESSION_ENDED_PAGE } from "../edge/session-check";

export const currentSession = cache(() => auth());

/** The signed-in user's session, for pages the middleware already protects. */
export async function requireSession() {
  const session = await currentSession();
  if (session?.user) return session;
  // The edge trusts a cookie whose user the Node side no longer finds (the account was deleted
  // elsewhere): /signin would send that visitor straight back, so the cookie must go first.
  const cookie = (await cookies()).getAll().some(({ name }) => isSessionCookieName(name));
  redirect(cookie ? SESSION_ENDED_PAGE : "/signin");
}
