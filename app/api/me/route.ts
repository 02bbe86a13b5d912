import { currentSession } from "@/lib/auth/session";
import { jsonUnlessUnavailable } from "@/lib/db/when-unavailable";

// The middleware answers 401 first; this check stays in case the matcher ever skips the route.
export const GET = jsonUnlessUnavailable(async () => {
  const session = await currentSession();
  if (!session?.user) return Response.json({ error: "unauthorized" }, { status: 401 });
  const { id, email, name, role } = session.user;
  return Response.json({ id, email, name, role });
});
