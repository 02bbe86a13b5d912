// Auth.js's linkAccount event, into the security log: it fires whenever a way in joins a user (an
// OAuth/OIDC account linked, a passkey registered: Auth.js keeps an accounts row of type "webauthn"
// per passkey), at sign-up too, the first way in being one.
import { headers } from "next/headers";
import type { Account } from "next-auth";
import type { PrismaClient } from "../../generated/prisma/client";
import { recordSecurityEvent } from "../account/security-log";

export async function logWayInAdded(prisma: PrismaClient, userId: string | undefined, account: Pick<Account, "provider" | "type">): Promise<void> {
  if (!userId) return;
  const wayIn = account.type === "webauthn" ? "passkey" : account.provider;
  await recordSecurityEvent(prisma, { userId, kind: "way-in-added", detail: { wayIn }, headers: await headers() });
}
