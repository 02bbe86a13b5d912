// The "your account is deleted" page shows only to the browser that just deleted it: the deletion
// sets this short-lived cookie, so a link from anyone else cannot tell a person their account is gone.
import { cookies } from "next/headers";

export const ACCOUNT_DELETED_PAGE = "/account-deleted";
const COOKIE = "account-deleted";
const MAX_AGE_SECONDS = 600;

/** In the server action that deleted the account, before it signs out. */
export async function markAccountDeleted(): Promise<void> {
  const jar = await cookies();
  // Secure whenever the session cookie was (`__Secure-` names, on https), as lib/auth/session-ended-marker.ts.
  const secure = jar.getAll().some(({ name }) => name.startsWith("__Secure-"));
  jar.set(COOKIE, "1", { path: ACCOUNT_DELETED_PAGE, maxAge: MAX_AGE_SECONDS, httpOnly: true, sameSite: "lax", secure });
}

export const accountJustDeleted = async () => (await cookies()).has(COOKIE);
