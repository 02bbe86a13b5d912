// What the admin page and /api/admin/users list: the newest users, without anything secret.
import { prisma } from "@/prisma";

const ADMIN_LIST_LIMIT = 100;

export const newestUsers = () =>
  prisma.user.findMany({
    select: { id: true, email: true, name: true, role: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: ADMIN_LIST_LIMIT,
  });
