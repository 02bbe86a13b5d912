// Auth.js's Prisma adapter, with one spelling per email address, and what this app records beyond
// it for the account page: a default name for each new passkey, when a passkey was last used (Auth.js
// updates the counter on every passkey sign-in, so that is where the time is stamped), and when a
// database-strategy session was last seen (Auth.js extends its expiry as it is used).
import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { PrismaClient } from "../../generated/prisma/client";
import { nextPasskeyName } from "../account/passkey-name";
import { addressSpelling } from "./email-address";

// A magic link's callback looks its user up by address twice (Auth.js's callback action, then its
// handleLoginOrRegister), one more round trip to the database on every sign-in. Within one request
// the second lookup is served from the first; nothing is kept across requests, and any change to a
// user through the adapter forgets what was looked up.
const lookups = new AsyncLocalStorage<Map<string, Promise<AdapterUser | null>>>();

/** Runs one request's work (an Auth.js route) with its own memo of users looked up by address. */
export const withUserLookupMemo = <T>(work: () => Promise<T>): Promise<T> => lookups.run(new Map(), work);

export function authAdapter(prisma: PrismaClient): Adapter {
  const base = PrismaAdapter(prisma);
  const forgetLookups = () => lookups.getStore()?.clear();
  const changingUsers = <A extends unknown[], R>(change: (...args: A) => R) => (...args: A): R => {
    forgetLookups();
    return change(...args);
  };
  return {
    ...base,
    // Email sign-ins arrive spelled by the provider's normalizeIdentifier, an OAuth profile's
    // address as the provider sent it: store and look up one spelling, or "Ada@" and "ada@" would
    // become two users.
    createUser: changingUsers((user) => base.createUser!({ ...user, email: addressSpelling(user.email) })),
    updateUser: changingUsers(base.updateUser!),
    deleteUser: changingUsers(base.deleteUser!),
    getUserByEmail(email) {
      const spelling = addressSpelling(email);
      const memo = lookups.getStore();
      if (!memo) return base.getUserByEmail!(spelling);
      const known = memo.get(spelling);
      if (known) return known;
      const lookup = Promise.resolve(base.getUserByEmail!(spelling));
      memo.set(spelling, lookup);
      // A failed lookup is not an answer: the next caller asks the database again.
      lookup.catch(() => memo.get(spelling) === lookup && memo.delete(spelling));
      return lookup;
    },
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
