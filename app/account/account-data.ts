// The account page's reads, always keyed by the signed-in user's id, and selecting only what the
// page shows: never provider account ids or key material.
import type { Prisma } from "@/generated/prisma/client";
import { OAUTH_ACCOUNT_TYPES, type UserSignInMethods } from "@/lib/sign-in-methods";
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

type MethodRows = { accounts: { provider: string }[]; authenticators: unknown[]; emailVerified: Date | null };

export const signInMethodsOf = (account: MethodRows): UserSignInMethods => ({
  oauthAccounts: account.accounts.map((linked) => linked.provider),
  passkeys: account.authenticators.length,
  emailVerified: account.emailVerified !== null,
});

/**
 * The user's sign-in methods, read inside `tx` after locking their users row: two removals sent at
 * once (two tabs) then run one after the other, so both cannot pass the last-way check together.
 * Undefined when the user no longer exists.
 */
export async function lockedSignInMethods(tx: Prisma.TransactionClient, userId: string): Promise<UserSignInMethods | undefined> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      emailVerified: true,
      accounts: { where: { type: { in: OAUTH_ACCOUNT_TYPES } }, select: { provider: true } },
      authenticators: { select: { credentialID: true } },
    },
  });
  return user ? signInMethodsOf(user) : undefined;
}
