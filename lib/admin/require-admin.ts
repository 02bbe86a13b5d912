// Admin pages and APIs check the role themselves too: the middleware's matcher is configuration
// that can drift, and the session here is read on the Node side, checked against the database at
// least once per SESSION_REFRESH_SECONDS.
import { currentSession } from "@/lib/auth/session";
import { prisma } from "@/prisma";

export async function adminSession() {
  const session = await currentSession();
  return session?.user.role === "admin" ? session : null;
}

/** The role as the database has it now, which the session learns at its next check. */
export async function roleInDatabase(userId: string) {
  return (await prisma.user.findUnique({ where: { id: userId }, select: { role: true } }))?.role;
}
