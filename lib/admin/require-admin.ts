// Admin pages and APIs check the role themselves too: the middleware's matcher is configuration
// that can drift, and the session here is read on the Node side, already refreshed from the database.
import { currentSession } from "@/lib/auth/session";

export async function adminSession() {
  const session = await currentSession();
  return session?.user.role === "admin" ? session : null;
}
