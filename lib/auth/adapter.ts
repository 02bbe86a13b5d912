// Auth.js's Prisma adapter, with one spelling per email address, and what this app records beyond
// it for the account page: a default name for each new passkey, when a passkey was last used (Auth.js
// updates the counter on every passkey sign-in, so that is where the time is stamped), and when a
// database-strategy session was last seen (Auth.js extends its expiry as it is used).
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { PrismaClient } from "../../generated/prisma/client";
import { nextPasskeyName } from "../account/passkey-name";
import { addressSpelling } from "./email-address";

export function authAdapter(prisma: PrismaClient): Adapter {
  const base = PrismaAdapter(prisma);
  return {
    ...base,
    // Email sign-ins arrive spelled by the provider's normalizeIdentifier, an OAuth profile's
    // address as the provider sent it: store and look up one spelling, or "Ada@" and "ada@" would
    // become two users.
    createUser: (user) => base.createUser!({ ...user, email: addressSpelling(user.email) }),
    getUserByEmail: (email) => base.getUserByEmail!(addressSpelling(email)),
    async createAuthenticator(authenticator) {
      const existing = await prisma.authenticator.findMany({ where: { userId: authenticator.userId }, select: { name: true } });
      const name = nextPasskeyName(existing.map((passkey) => passkey.name));
      return prisma.authenticator.create({ data: { ...authenticator, name } });
    },
    updateSession(session) {
      // Not a literal in the call: Auth.js's type knows only its own columns, Prisma takes ours too.
      const seen = { ...session, lastSeenAt: new Date() };
      return base.updateSession!(seen);
    },
    updateAuthenticatorCounter: (credentialID, counter) =>
      prisma.authenticator.update({ where: { credentialID }, data: { counter, lastUsedAt: new Date() } }),
  };
}
