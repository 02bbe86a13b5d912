import { newestUsers } from "@/lib/admin/newest-users";
import { adminSession } from "@/lib/admin/require-admin";
import { jsonUnlessUnavailable } from "@/lib/db/when-unavailable";
import { adminNeedsTwoFactor } from "@/lib/two-factor/admin-requirement";
import { prisma } from "@/prisma";

export const GET = jsonUnlessUnavailable(async () => {
  const session = await adminSession();
  if (!session) return Response.json({ error: "forbidden" }, { status: 403 });
  if (await adminNeedsTwoFactor(prisma, session.user.id)) return Response.json({ error: "two_factor_required" }, { status: 403 });
  const users = await newestUsers();
  return Response.json({ users });
});
