"use server";
import { refreshSession } from "@/auth";
import { roleInDatabase } from "@/lib/admin/require-admin";
import { currentSession } from "@/lib/auth/session";

/**
 * For the 403 page: whether the database now makes the caller an admin, in which case their session
 * is checked at once (not at its next due time) and the cookie re-issued with the new role.
 */
export async function sessionNowGrantsAdmin(): Promise<boolean> {
  const session = await currentSession();
  if (!session?.user || (await roleInDatabase(session.user.id)) !== "admin") return false;
  await refreshSession({});
  return true;
}
