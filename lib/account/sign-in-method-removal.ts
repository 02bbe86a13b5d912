// Unlinking a provider and deleting a passkey, each refused when it would take away the user's last
// way to sign in. The check and the removal run in one transaction holding the user's row, so two
// removals sent at once (two tabs) are decided one after the other, not both against the old count.
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { OAUTH_ACCOUNT_TYPES, lastWayMessage, mayRemove, type EnabledMethods, type Removal, type UserSignInMethods } from "./sign-in-methods";

type Steps<T> = {
  /** The user's own row to remove; null when the request named something that isn't theirs. */
  find: (tx: Prisma.TransactionClient) => Promise<T | null>;
  remove: (tx: Prisma.TransactionClient, found: T) => Promise<unknown>;
};

/** Runs in the removal's transaction once something was removed (the security log's entry). */
export type AfterRemoval = (tx: Prisma.TransactionClient) => Promise<unknown>;

async function lockedSignInMethods(tx: Prisma.TransactionClient, userId: string): Promise<UserSignInMethods | undefined> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: {
      emailVerified: true,
      accounts: { where: { type: { in: OAUTH_ACCOUNT_TYPES } }, select: { provider: true } },
      authenticators: { select: { credentialID: true } },
    },
  });
  if (!user) return undefined;
  return {
    oauthAccounts: user.accounts.map((linked) => linked.provider),
    passkeys: user.authenticators.length,
    emailVerified: user.emailVerified !== null,
  };
}

/** Why the removal was refused, or undefined when it was done (or there was nothing of the user's to remove). */
async function removeUnlessLast<T>(prisma: PrismaClient, enabled: EnabledMethods, userId: string, removal: Removal, steps: Steps<T>, after?: AfterRemoval) {
  return prisma.$transaction(async (tx): Promise<string | undefined> => {
    const methods = await lockedSignInMethods(tx, userId);
    const found = methods && (await steps.find(tx));
    if (!methods || !found) return undefined;
    if (!mayRemove(methods, enabled, removal)) return lastWayMessage(methods, enabled, removal);
    await steps.remove(tx, found);
    await after?.(tx);
    return undefined;
  });
}

/** Removes every OAuth/OIDC account the user has at `provider`. */
export function unlinkProviderUnlessLast(prisma: PrismaClient, enabled: EnabledMethods, userId: string, provider: string, after?: AfterRemoval) {
  const linked = { userId, provider, type: { in: OAUTH_ACCOUNT_TYPES } };
  return removeUnlessLast(prisma, enabled, userId, { oauthProvider: provider }, {
    find: (tx) => tx.account.findFirst({ where: linked, select: { provider: true } }),
    remove: (tx) => tx.account.deleteMany({ where: linked }),
  }, after);
}

export function deletePasskeyUnlessLast(prisma: PrismaClient, enabled: EnabledMethods, userId: string, credentialID: string, after?: AfterRemoval) {
  return removeUnlessLast(prisma, enabled, userId, { passkey: true }, {
    find: (tx) => tx.authenticator.findFirst({ where: { userId, credentialID }, select: { providerAccountId: true } }),
    remove: async (tx, passkey) => {
      await tx.authenticator.deleteMany({ where: { userId, credentialID } });
      // Auth.js also keeps an accounts row (type "webauthn") per passkey; it is useless without the key.
      await tx.account.deleteMany({ where: { userId, type: "webauthn", providerAccountId: passkey.providerAccountId } });
    },
  }, after);
}
