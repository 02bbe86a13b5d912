import { newestUsers } from "@/lib/admin/newest-users";
import { adminSession } from "@/lib/admin/require-admin";
import { jsonUnlessUnavailable } from "@/lib/db/when-unavailable";

export const GET = jsonUnlessUnavailable(async () => {
  if (!(await adminSession())) return Response.json({ error: "forbidden" }, { status: 403 });
  const users = await newestUsers();
  return Response.json({ users });
});
