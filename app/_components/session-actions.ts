"use server";
import { refreshSession } from "@/auth";
import { roleInDatabase } from "@/lib/admin/require-admin";
import { currentSession } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

/**
 * For the 403 page: whether the database now makes the caller an admin, in which case their session
 * is checked at once (not at its next due time) and the cookie re-issued with the new role. While
 * the database does not answer, no: the page stays as the edge decided it.
 */
export async function sessionNowGrantsAdmin(): Promise<boolean> {
  const session = await currentSession();
  if (!session?.user) return false;
  try {
    if ((await roleInDatabase(session.user.id)) !== "admin") return false;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return false;
    throw error;
  }
  await refreshSession({});
  return true;
}
