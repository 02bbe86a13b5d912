// Auth.js's Prisma adapter, plus the one thing this app records beyond it: when a passkey was
// last used (shown on the account page). Auth.js calls updateAuthenticatorCounter on every
// passkey sign-in, so that is where the time is stamped.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import type { PrismaClient } from "../generated/prisma/client";

export function authAdapter(prisma: PrismaClient): Adapter {
  return {
    ...PrismaAdapter(prisma),
    updateAuthenticatorCounter: (credentialID, counter) =>
      prisma.authenticator.update({ where: { credentialID }, data: { counter, lastUsedAt: new Date() } }),
  };
}
