// The account page's reads, always keyed by the signed-in user's id, and selecting only what the
// page shows: never provider account ids or key material.
import { OAUTH_ACCOUNT_TYPES } from "@/lib/account/sign-in-methods";
import { prisma } from "@/prisma";

export type AccountView = NonNullable<Awaited<ReturnType<typeof loadAccount>>>;
export type PasskeyView = AccountView["authenticators"][number];

export const loadAccount = (userId: string) =>
  prisma.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      emailVerified: true,
      accounts: { where: { type: { in: OAUTH_ACCOUNT_TYPES } }, select: { provider: true }, orderBy: { provider: "asc" } },
      authenticators: {
        select: { credentialID: true, name: true, createdAt: true, lastUsedAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
