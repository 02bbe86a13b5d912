// Role changes are the one kind of security activity admins see too (on /admin): when each listed
// user's role last changed. Nothing else of anyone's log leaves its own account page.
import type { PrismaClient } from "../../generated/prisma/client";

/** The latest role change of each of `userIds` that has one. */
export async function lastRoleChanges(prisma: PrismaClient, userIds: string[]): Promise<Map<string, Date>> {
  const rows = await prisma.securityEvent.findMany({
    where: { userId: { in: userIds }, kind: "role-changed" },
    orderBy: [{ userId: "asc" }, { id: "desc" }],
    distinct: ["userId"],
    select: { userId: true, createdAt: true },
  });
  return new Map(rows.map((row) => [row.userId, row.createdAt]));
}
